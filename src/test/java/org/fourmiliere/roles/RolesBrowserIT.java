package org.fourmiliere.roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator of the collective gives the secretariat role to a worker, then ends it; in French and English. */
class RolesBrowserIT extends BrowserTest {

    @Autowired Clock clock;
    @Autowired People people;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aHolderIsAddedAndEnded(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Board", lang);
        // Managing roles needs MANAGE_BODIES: here, from a seat on the board held through the board's API.
        holdABoardSeat(me);
        Person worker = people.worker("Secrétaire");
        signIn(me.email(), me.password());

        page.navigate(url("/roles"));
        assertThat(page.locator("h1")).hasText(fr ? "Rôles" : "Roles");
        assertThat(page.locator("#role-accounting")).containsText(fr ? "Comptabilité" : "Accounting");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("roles-list-" + lang);

        page.click("#role-secretariat a");
        page.click("#add-holder");
        assertThat(page.locator("#add-holder-form")).containsText(fr ? "Choisissez une personne." : "Choose a person.");
        page.selectOption("#holder-person", String.valueOf(worker.id()));
        page.click("#add-holder");
        assertThat(page.locator("#holders")).containsText(worker.name());
        assertThat(page.locator(".notice")).hasText(fr ? "Titulaire ajouté·e." : "Holder added.");
        assertThat(page.locator("#history")).containsText(fr ? "nouveau·elle titulaire" : "holder added");

        Locator row = page.locator("#holders tr").filter(new Locator.FilterOptions().setHasText(worker.name()));
        row.locator("button").click();
        assertThat(page.locator("#history")).containsText(fr ? "fin d’un·e titulaire" : "holder ended");
        page.navigate(url("/roles"));
        assertThat(page.locator("#role-secretariat")).not().containsText(worker.name());
        page.navigate(url("/roles/secretariat"));
        screenshot("roles-secretariat-" + lang);
    }

    private void holdABoardSeat(Person p) {
        LocalDate today = LocalDate.now(clock);
        var seat = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD).post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(p.id(), today.minusDays(1), today.plusYears(1)));
        if (seat.status() != 201) throw new IllegalStateException("seat: " + seat.status() + " " + seat.body());
    }
}
