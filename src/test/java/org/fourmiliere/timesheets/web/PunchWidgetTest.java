package org.fourmiliere.timesheets.web;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.web.Formats;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.internal.Activities;
import org.fourmiliere.timesheets.internal.Activity;
import org.fourmiliere.timesheets.internal.TimeEntries;
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
 * The punch widget alone (web layer only, its services replaced): the activities' names with an empty first choice
 * that asks for one, or a link to the activities page when the collective has none yet.
 */
@WebMvcTest(controllers = PunchWidget.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.fourmiliere\\.(accounts\\..*|shared\\.web\\.(LayoutAdvice|PageProblems))"))
@AutoConfigureMockMvc(addFilters = false)
@Import({FormErrors.class, Formats.class})
class PunchWidgetTest {

    @Autowired MockMvc mvc;
    @MockitoBean TimeEntries entries;
    @MockitoBean Activities activities;
    @MockitoBean Clock clock;

    @BeforeEach
    void signIn() {
        var me = new SignedIn(1, "worker@example.org", 7L, "en", Set.of(Status.WORKER));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(me, null));
        when(entries.running(7L)).thenReturn(Optional.empty());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDropDownShowsTheActivitiesNamesAfterAnEmptyChoice() throws Exception {
        when(activities.open()).thenReturn(List.of(
                new Activity(1, "garden", "Community garden", ActivityKind.CONTRACT, null, null, true, null, false),
                new Activity(2, "bare", "", ActivityKind.CONTRACT, null, null, true, null, false)));
        mvc.perform(get("/time/widget").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("//select[@id='punch-activity']/option[1]/@value").string(""))
                .andExpect(xpath("//select[@id='punch-activity']/option[1]").string("— choose an activity —"))
                .andExpect(xpath("//option[@value='garden']").string("Community garden"))
                .andExpect(xpath("//option[@value='bare']").string("bare"))
                .andExpect(xpath("//a[@id='punch-create-activity']").doesNotExist());
        mvc.perform(get("/time/widget").header("Accept-Language", "fr"))
                .andExpect(xpath("//select[@id='punch-activity']/option[1]").string("— choisir une activité —"));
    }

    @Test
    void withoutAnyActivityTheWidgetLinksToTheActivitiesPage() throws Exception {
        when(activities.open()).thenReturn(List.of());
        mvc.perform(get("/time/widget").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("//select[@id='punch-activity']").doesNotExist())
                .andExpect(xpath("//a[@id='punch-create-activity']/@href").string("/time/activities"))
                .andExpect(xpath("//a[@id='punch-create-activity']").string("No activity yet: create one to punch in on"));
        mvc.perform(get("/time/widget").header("Accept-Language", "fr"))
                .andExpect(xpath("//a[@id='punch-create-activity']").string("Aucune activité : créez-en une pour poinçonner"));
    }
}
