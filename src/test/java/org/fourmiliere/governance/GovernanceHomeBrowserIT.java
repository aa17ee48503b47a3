package org.fourmiliere.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a browser, in French and in English: a worker with meetings, decisions, a verification and mandates ending
 * soon opens the home page and finds governance's four blocks filled, each loaded on its own.
 */
class GovernanceHomeBrowserIT extends BrowserTest {

    @Autowired MeetingService meetings;
    @Autowired BodyService bodies;
    @Autowired BoardService board;
    @Autowired DecisionRegister register;
    @Autowired EligibilityService eligibility;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theFourBlocksOfAPersonWithData(String lang) {
        boolean fr = lang.equals("fr");
        HomeFixtures home = new HomeFixtures(new MeetingFixtures(meetings, bodies, jdbc, clock), meetings, bodies, board,
                register, eligibility, registration, people, clock);
        // a year of its own for each language: reflection meetings and the latest decisions are everyone's
        HomeFixtures.Made made = home.personWithData(Years.fresh(), lang);
        signIn(made.person().email(), made.person().password());

        page.navigate(url("/"));
        // governance's blocks come after the time tracker's week, in their order
        String[] order = {"home-week", "home-meetings", "home-decisions", "home-status", "home-mandates"};
        for (int i = 0; i < order.length; i++) assertThat(page.locator(".dashboard > article").nth(i)).hasId(order[i]);

        assertThat(page.locator("#home-meetings h2")).hasText(fr ? "Mes prochaines réunions" : "My coming meetings");
        assertThat(page.locator("#home-next-meeting")).containsText("13:30–15:00");
        assertThat(page.locator("#home-next-meeting")).containsText(made.committeeAName());
        assertThat(page.locator("#home-next-meeting")).containsText("Local du collectif");
        assertThat(page.locator("#home-next-meeting .home-agenda-item")).hasText(new String[]{
                fr ? "Budget de l'hébergement" : "Hosting budget", fr ? "Nouveaux serveurs" : "New servers"});
        assertThat(page.locator("#home-meeting-" + made.reflection().id()))
                .containsText(fr ? "Réunion de réflexion" : "Reflection meeting");

        assertThat(page.locator("#home-decisions h2")).hasText(fr ? "Décisions" : "Decisions");
        // the register's latest: this person's, in a year after every year given before
        assertThat(page.locator("#home-decisions-latest li").first()).containsText(made.decisionText());
        assertThat(page.locator("#home-decisions-register")).hasAttribute("href", "/decisions");

        assertThat(page.locator("#home-status-now")).containsText(fr ? "Candidat·e (probation)" : "Candidate (probation)");
        assertThat(page.locator("#home-status-hours")).containsText(fr ? "4 h 00 sur 10 h 00 — il manque 6 h 00"
                : "4:00 of 10:00 — 6:00 missing");
        assertThat(page.locator("#home-status-committees")).hasText(fr ? "Comités distincts : 1 sur 2 — il manque 1"
                : "Distinct committees: 1 of 2 — 1 missing");
        assertThat(page.locator("#home-status-reflections")).containsText(fr ? "2 sur 2" : "2 of 2");
        assertThat(page.locator("#home-status-next")).containsText(fr ? "Prochaine vérification" : "Next verification");

        assertThat(page.locator("#home-mandate-SEAT-" + made.seatId())).containsText(fr
                ? "Siège au conseil d'administration (Membre individuel) fin le" : "Board seat (Individual member) ends on");
        assertThat(page.locator("#home-mandate-MEMBERSHIP-" + made.committeeB())).containsText(fr ? "dans 45 jours" : "in 45 days");
        screenshot("governance-home-" + lang);

        page.click("#home-next-meeting a");
        assertThat(page.locator("#meeting-title")).containsText(fr ? "Réunion de comité" : "Committee meeting");
    }
}
