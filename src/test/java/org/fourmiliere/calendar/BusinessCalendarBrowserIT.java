package org.fourmiliere.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board member reads the year's holidays, checks a deadline, closes the week between Christmas and New Year and
 * opens it again; in French and English.
 */
class BusinessCalendarBrowserIT extends BrowserTest {

    @Autowired Clock clock;
    @Autowired People people;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void holidaysDeadlineAndClosedDays(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Board", lang);
        holdABoardSeat(me);
        signIn(me.email(), me.password());

        page.navigate(url("/business-calendar?year=2029"));
        assertThat(page.locator("h1")).hasText(fr ? "Calendrier des jours ouvrables" : "Business calendar");
        assertThat(page.locator("#holidays tbody tr")).hasCount(9);
        assertThat(page.locator("#holidays")).containsText(fr ? "Fête nationale" : "Canada Day");
        assertThat(page.locator("main")).not().containsText("??");

        page.fill("#deadline-from", "2029-03-09T15:00");
        page.click("#check-deadline");
        assertThat(page.locator("#deadline-at")).isVisible();
        assertThat(page.locator("#deadline-at")).containsText("13");
        screenshot("business-calendar-" + lang);

        int year = Years.fresh();
        page.navigate(url("/business-calendar?year=" + year));
        assertThat(page.locator("#no-closed-days")).isVisible();
        page.click("#add-closed");
        assertThat(page.locator("#add-closed-form")).containsText(fr ? "Indiquez le premier jour." : "Give the first day.");
        page.fill("#closed-first", year + "-12-26");
        page.fill("#closed-last", year + "-12-31");
        page.fill("#closed-label", fr ? "Semaine des fêtes" : "Holiday week");
        page.click("#add-closed");
        assertThat(page.locator(".notice")).hasText(fr ? "Jours de fermeture ajoutés." : "Closed days added.");
        Locator row = page.locator("#closed-days tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText(fr ? "Semaine des fêtes" : "Holiday week");
        screenshot("business-calendar-closed-" + lang);
        row.locator("button").click();
        assertThat(page.locator(".notice")).hasText(fr ? "Jours de fermeture retirés." : "Closed days removed.");
        assertThat(page.locator("#no-closed-days")).isVisible();
    }

    private void holdABoardSeat(Person p) {
        LocalDate today = LocalDate.now(clock);
        var seat = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD).post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(p.id(), today.minusDays(1), today.plusYears(1)));
        if (seat.status() != 201) throw new IllegalStateException("seat: " + seat.status() + " " + seat.body());
    }
}
