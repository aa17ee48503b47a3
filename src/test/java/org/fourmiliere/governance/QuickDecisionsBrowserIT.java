package org.fourmiliere.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member of the work committee proposes a quick decision on the web (an amount over the cap is refused first, the
 * form keeping what was typed), sees the time left, vetoes it with a reason, and finds it on the agenda of the next
 * production meeting; in French and English.
 */
class QuickDecisionsBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired TestClock clock;
    @Autowired BodyService bodies;
    @Autowired MeetingService meetings;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void proposeVetoAndFindItOnTheAgenda(String lang) {
        boolean fr = lang.equals("fr");
        LocalDate friday = LocalDate.of(Years.fresh(), 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Person me = people.withAccount("Membre", lang);
        bodies.joinWorkCommittee(me.id(), friday.minusDays(30), "browser test");
        clock.set(friday.atTime(15, 0).atZone(TimeConfig.ZONE).toInstant());
        MeetingFixtures facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        Meeting production = facts.meeting(facts.workCommittee(), MeetingType.PRODUCTION, friday.plusDays(3));
        signIn(me.email(), me.password());

        page.navigate(url("/quick-decisions"));
        assertThat(page.locator("h1")).hasText(fr ? "Décisions rapides" : "Quick decisions");
        page.fill("#quick-title", "Acheter un serveur");
        page.fill("#quick-text", "Pour l'hébergement des clients.");
        page.fill("#quick-amount", "2500");
        page.click("#quick-propose");
        assertThat(page.locator("#quick-propose-form")).containsText(fr ? "doit être proposée en réunion" : "must be proposed at a meeting");
        assertThat(page.locator("#quick-title")).hasValue("Acheter un serveur");
        screenshot("quick-refused-" + lang);

        page.fill("#quick-amount", "250");
        page.click("#quick-propose");
        assertThat(page.locator("#quick-notice")).hasText(fr ? "La proposition est envoyée à chaque membre du comité de travail."
                : "The proposal is sent to every member of the work committee.");
        assertThat(page.locator("#quick-heading")).containsText("Acheter un serveur");
        assertThat(page.locator("#quick-status")).containsText(java.util.regex.Pattern.compile(fr
                ? "\\((48 h 00|47 h 5\\d) ouvrables restantes\\)" : "\\((48:00|47:5\\d) business hours left\\)"));
        assertThat(page.locator("#quick-trail")).containsText(fr ? "Membres avertis" : "Members notified");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("quick-open-" + lang);

        page.navigate(url("/"));
        assertThat(page.locator("#home-quick-open")).containsText("Acheter un serveur");
        page.locator("#home-quick-open a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Acheter un serveur")).click();

        page.fill("#quick-veto-reason", fr ? "Parlons-en lundi" : "Let us talk on Monday");
        page.click("#quick-veto");
        assertThat(page.locator("#quick-notice")).containsText(fr ? "Votre veto est noté" : "Your veto is recorded");
        assertThat(page.locator("#quick-status")).containsText(fr ? "Veto : reportée en réunion" : "Vetoed: postponed to a meeting");
        assertThat(page.locator("#quick-answers")).containsText(fr ? "Parlons-en lundi" : "Let us talk on Monday");
        screenshot("quick-vetoed-" + lang);

        // the register's entry links back to the proposal's trail
        String token = page.locator("#quick-heading").textContent().split(" ")[0];
        page.click("#quick-decision-link");
        page.locator("#decision-results a.quick-trail").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(token)).click();
        assertThat(page.locator("#quick-heading")).containsText("Acheter un serveur");

        page.click("#quick-meeting");
        assertThat(page).hasURL(url("/meetings/" + production.id()));
        assertThat(page.locator("main")).containsText("Acheter un serveur");
        screenshot("quick-on-the-agenda-" + lang);
    }
}
