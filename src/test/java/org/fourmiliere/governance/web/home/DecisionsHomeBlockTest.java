package org.fourmiliere.governance.web.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.quick.QuickDecision;
import org.fourmiliere.governance.internal.quick.QuickDecisionService;
import org.fourmiliere.shared.web.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The decisions' home block alone (web layer only, the register replaced): an empty register says where decisions
 * are recorded, a filled one lists its latest decisions. The register of an integration test is never empty.
 */
@WebMvcTest(controllers = DecisionsHomeBlock.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.fourmiliere\\.(accounts\\..*|shared\\.web\\.(LayoutAdvice|PageProblems))"))
@AutoConfigureMockMvc(addFilters = false)
@Import(Formats.class)
class DecisionsHomeBlockTest {

    @Autowired MockMvc mvc;
    @MockitoBean DecisionRegister register;
    @MockitoBean BodyNames bodyNames;
    @MockitoBean QuickDecisionService quick;

    @BeforeEach
    void signIn() {
        var me = new SignedIn(1, "worker@example.org", 7L, "en", Set.of(Status.WORKER));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(me, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEmptyRegisterSaysWhereDecisionsAreRecorded() throws Exception {
        when(register.latest(5)).thenReturn(List.of());
        mvc.perform(get("/decisions/home").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-decisions-empty\"")))
                .andExpect(content().string(containsString("The decision register is still empty.")))
                .andExpect(content().string(containsString("Decisions are recorded from the page of the meeting that took them.")))
                .andExpect(content().string(containsString("href=\"/meetings\"")))
                .andExpect(content().string(not(containsString("home-decisions-latest"))));
        mvc.perform(get("/decisions/home").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Le cahier des décisions est encore vide.")));
    }

    @Test
    void theLatestDecisionsWithTheirBodyDayAndHowTaken() throws Exception {
        when(register.latest(5)).thenReturn(List.of(new Decision(31, 3, 12L, LocalDate.of(2007, 6, 5),
                "Adopt the budget", Decision.HowTaken.CONSENSUS, null, null, null, Decision.Status.ADOPTED, null,
                List.of(), false, List.of())));
        when(bodyNames.all()).thenReturn(Map.of(3L, "Work committee"));
        mvc.perform(get("/decisions/home").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-decision-31\"")))
                .andExpect(content().string(containsString("href=\"/decisions#decision-31\"")))
                .andExpect(content().string(containsString("Adopt the budget")))
                .andExpect(content().string(containsString("Work committee")))
                .andExpect(content().string(containsString("Consensus")))
                .andExpect(content().string(not(containsString("home-decisions-empty"))));
    }

    @Test
    void openQuickDecisionsComeFirstWithTheBusinessTimeLeft() throws Exception {
        var deadline = java.time.Instant.parse("2007-06-18T15:00:00Z");
        var q = new QuickDecision(4, 3, "Order t-shirts", "text", null, 7, deadline.minusSeconds(3 * 86400),
                deadline.minusSeconds(8 * 3600), deadline, QuickDecision.Status.OPEN, QuickDecision.Via.WEB, null, null,
                null, null, null, null, null);
        when(quick.open()).thenReturn(List.of(q));
        when(quick.timeLeft(q)).thenReturn(java.time.Duration.ofMinutes(12 * 60 + 30));
        when(register.latest(5)).thenReturn(List.of());
        mvc.perform(get("/decisions/home").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-quick-4\"")))
                .andExpect(content().string(containsString("href=\"/quick-decisions/4\"")))
                .andExpect(content().string(containsString("[QD-4] Order t-shirts")))
                .andExpect(content().string(containsString("12:30 business hours left")));
        mvc.perform(get("/decisions/home").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("12 h 30 ouvrables restantes")));
    }
}
