package org.fourmiliere.governance.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a browser, in French and in English: a reflection meeting is created, its agenda filled, attendance marked, a
 * decision recorded by vote and found in the register by a word of its text; a verification runs and a person's
 * reasons are read.
 */
class MeetingsBrowserIT extends BrowserTest {

    @Autowired MemberRegistration registration;
    @Autowired Clock clock;
    @Autowired AccountDirectory accounts;
    @Autowired BodyService bodies;
    @Autowired People people;

    private Person workCommitteeWorker(String name, boolean account, String lang) {
        Person p = account ? people.withAccount(name, lang) : people.person(name);
        LocalDate today = LocalDate.now(clock);
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), Engagement.VOLUNTEER, today.minusYears(1), null));
        bodies.joinWorkCommittee(p.id(), today.minusMonths(6), null);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aReflectionMeetingFromAgendaToRegisterThenAVerification(String lang) {
        boolean fr = lang.equals("fr");
        Person me = workCommitteeWorker("Secretary", true, lang);
        List<Person> voters = List.of(workCommitteeWorker("Alma", false, lang),
                workCommitteeWorker("Bruno", false, lang), workCommitteeWorker("Chloé", false, lang));
        signIn(me.email(), me.password());

        page.navigate(url("/meetings"));
        assertThat(page.locator("h1")).hasText(fr ? "Réunions" : "Meetings");
        page.selectOption("#meeting-type", "REFLECTION");
        page.fill("#meeting-place", "Local du collectif");
        screenshot("meetings-new-" + lang);
        page.click("#meeting-create");
        assertThat(page.locator("#meeting-title")).containsText(fr ? "Réunion de réflexion" : "Reflection meeting");

        page.fill("#agenda-title", "Budget " + lang);
        page.fill("#agenda-text", fr ? "Présentation du budget" : "Budget presentation");
        page.click("#agenda-add");
        page.fill("#agenda-title", fr ? "Adhésions" : "Memberships");
        page.click("#agenda-add");
        assertThat(page.locator("#agenda-items li")).hasCount(2);

        for (Person v : voters) {
            page.selectOption("#presence-" + v.id(), "PRESENT");
            page.click("#mark-" + v.id());
            assertThat(page.locator("#presence-now-" + v.id())).hasText(fr ? "Présent·e" : "Present");
        }

        String word = "heliotrope" + People.unique("").strip();
        page.fill("#decision-text", (fr ? "Adopter le budget " : "Adopt the budget ") + word);
        page.selectOption("#decision-how", "VOTE");
        page.selectOption("#vote-" + voters.get(0).id(), "FOR");
        page.selectOption("#vote-" + voters.get(1).id(), "FOR");
        page.selectOption("#vote-" + voters.get(2).id(), "AGAINST");
        page.click("#decision-save");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Décision inscrite au cahier." : "Decision recorded in the register.");
        assertThat(page.locator("#decisions")).containsText(fr ? "pour 2, contre 1, abstention 0" : "for 2, against 1, abstaining 0");
        screenshot("meetings-meeting-" + lang);

        page.navigate(url("/decisions"));
        page.fill("#search-q", word);
        page.click("#search-submit");
        assertThat(page.locator("#decision-results tbody tr")).hasCount(1);
        assertThat(page.locator("#decision-results")).containsText(word);
        assertThat(page.locator("#decision-results")).containsText(voters.get(2).name());
        screenshot("meetings-register-" + lang);

        page.navigate(url("/eligibility"));
        page.click("#verify-run");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Vérification enregistrée." : "Verification recorded.");
        page.click("#result-" + voters.get(0).id() + " a");
        assertThat(page.locator("h1")).containsText(voters.get(0).name());
        assertThat(page.locator(".verification").first()).containsText(fr
                ? "réunion(s) de réflexion sur les 2 requises" : "reflection meeting(s) of the 2 required");
        assertThat(page.locator(".verification").first()).containsText(fr ? "comité(s) distinct(s)" : "distinct committee(s)");
        screenshot("meetings-eligibility-person-" + lang);
    }
}
