package org.fourmiliere.roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.People;
import org.fourmiliere.governance.People.Person;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.roles.internal.RoleService;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator of the collective gives the secretariat role to a worker, then ends it; in French and English. */
class RolesBrowserIT extends BrowserTest {

    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired RoleService roles;

    People people;

    @BeforeEach
    void setUp() {
        people = new People(registration, accounts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aHolderIsAddedAndEnded(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Board", lang);
        // Managing roles needs MANAGE_BODIES: here, from a seat on the board held through the API's service.
        holdABoardSeat(me);
        Person worker = people.worker("Secrétaire");
        signIn(me.email(), me.password());

        page.navigate(url("/roles"));
        assertThat(page.locator("h1")).hasText(fr ? "Rôles" : "Roles");
        assertThat(page.locator("#role-accounting")).containsText(fr ? "Comptabilité" : "Accounting");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("roles-list-" + lang);

        page.click("#role-secretariat a");
        page.selectOption("#holder-person", String.valueOf(worker.id()));
        page.click("#add-holder");
        assertThat(page.locator("#holders")).containsText(worker.name());
        assertThat(page.locator("#history")).containsText(fr ? "nouveau·elle titulaire" : "holder added");

        Locator row = page.locator("#holders tr").filter(new Locator.FilterOptions().setHasText(worker.name()));
        row.locator("button").click();
        assertThat(page.locator("#history")).containsText(fr ? "fin d’un·e titulaire" : "holder ended");
        page.navigate(url("/roles"));
        assertThat(page.locator("#role-secretariat")).not().containsText(worker.name());
        page.navigate(url("/roles/secretariat"));
        screenshot("roles-secretariat-" + lang);
    }

    @Autowired org.fourmiliere.governance.internal.bodies.BoardService board;

    private void holdABoardSeat(Person p) {
        LocalDate today = LocalDate.now(TimeConfig.ZONE);
        board.create(new org.fourmiliere.governance.internal.bodies.BodyCommands.CreateSeat(
                org.fourmiliere.governance.internal.bodies.SeatKind.INDIVIDUAL_MEMBER, null, null, p.id(), null,
                today.minusDays(1), today.plusYears(1)));
    }
}
