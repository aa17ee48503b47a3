package org.fourmiliere.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the work committee creates a committee with a coordinator and members and finds it on the
 * structure page; the board page records a seat and a resignation. In French and in English.
 */
class BodiesBrowserIT extends BrowserTest {

    @Autowired MemberRegistration registration;
    @Autowired Clock clock;
    @Autowired AccountDirectory accounts;
    @Autowired BodyService bodies;
    @Autowired BodyDirectory directory;

    @Autowired People people;

    private Person manager(String lang) {
        Person p = people.withAccount("Manager", lang);
        bodies.joinWorkCommittee(p.id(), LocalDate.now(clock).minusDays(1), null);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aCommitteeWithACoordinatorAndMembersShowsOnTheStructurePage(String lang) {
        boolean fr = lang.equals("fr");
        Person me = manager(lang);
        Person antenne = people.worker("Antenne");
        Person member = people.worker("Membre");
        signIn(me.email(), me.password());

        page.navigate(url("/structure"));
        assertThat(page.locator("h1")).hasText(fr ? "Structure du collectif" : "Structure of the collective");
        page.click("#new-committee");
        assertThat(page.locator("h1")).hasText(fr ? "Nouveau comité" : "New committee");

        page.click("#body-submit");
        assertThat(page.locator("#body-form")).containsText(fr ? "Ce champ est requis" : "This field is required");
        screenshot("bodies-committee-errors-" + lang);

        String name = People.unique(fr ? "Vie associative" : "Associative life");
        page.fill("#nameFr", name + " (fr)");
        page.fill("#nameEn", name);
        page.fill("#mandate", fr ? "Animer la vie des membres" : "Run the members' life");
        page.selectOption("#coordinatorId", String.valueOf(antenne.id()));
        page.check("input[name=memberIds][value='" + member.id() + "']");
        screenshot("bodies-committee-form-" + lang);
        page.click("#body-submit");

        assertThat(page.locator("#notice")).hasText(fr ? "Instance créée." : "Body created.");
        assertThat(page.locator("#body-coordinator")).hasText(antenne.name());
        assertThat(page.locator("#members")).containsText(antenne.name());
        assertThat(page.locator("#members")).containsText(member.name());
        assertThat(page.locator("#history")).containsText(fr ? "arrivée d’un membre" : "member joined");

        page.navigate(url("/structure"));
        Locator card = page.locator("article.body-card").filter(new Locator.FilterOptions().setHasText(fr ? name + " (fr)" : name));
        assertThat(card).hasCount(1);
        assertThat(card.locator(".coordinator")).hasText(antenne.name());
        assertThat(card).containsText(member.name());
        assertThat(page.locator("#work-committee")).containsText(me.name());
        screenshot("bodies-structure-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aBoardSeatIsCreatedAndItsHolderResigns(String lang) {
        boolean fr = lang.equals("fr");
        Person me = manager(lang);
        Person holder = people.worker("Administrateur");
        signIn(me.email(), me.password());
        LocalDate today = LocalDate.now(clock);

        page.navigate(url("/board"));
        page.selectOption("#kind", "WORK_COMMITTEE_DELEGATE");
        page.fill("#label", "Délégué " + lang);
        page.selectOption("#holderId", String.valueOf(holder.id()));
        page.fill("#mandateStart", today.minusMonths(2).toString());
        page.fill("#mandateEnd", today.plusDays(30).toString());
        page.click("#seat-submit");

        assertThat(page.locator("#seat-state")).containsText(holder.name());
        page.navigate(url("/structure"));
        assertThat(page.locator("#mandate-ends")).containsText(holder.name());
        screenshot("bodies-structure-board-" + lang);

        page.navigate(url("/board/mandate-ends?days=10"));
        assertThat(page.locator("#ends-block")).not().containsText(holder.name());
        page.fill("#ends-days", "45");
        page.click("#ends-filter");
        assertThat(page.locator("#ends-block h1")).containsText("45");
        assertThat(page.locator("#ends")).containsText(holder.name());
        assertThat(page.locator("#ends-days")).hasValue("45");

        page.navigate(url("/board"));
        page.locator("#seats a").filter(new Locator.FilterOptions().setHasText("Délégué " + lang)).click();
        page.click("#resign-submit");
        assertThat(page.locator("#notice")).hasText(fr ? "Démission enregistrée : le siège est vacant." : "Resignation recorded: the seat is vacant.");
        assertThat(page.locator("#seat-state")).hasText(fr ? "vacant" : "vacant");
        assertThat(page.locator("#history")).containsText(fr ? "démission" : "resignation");
        screenshot("bodies-seat-resigned-" + lang);
        assertThat(page.url()).contains("/board/seats/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyPageOfTheBodiesShowsOnlyTranslatedTexts(String lang) {
        Person me = manager(lang);
        signIn(me.email(), me.password());
        long assembly = directory.the(BodyKind.GENERAL_ASSEMBLY).id();
        long workCommittee = directory.the(BodyKind.WORK_COMMITTEE).id();
        for (String path : new String[] {"/structure", "/board", "/board/mandate-ends?days=400", "/bodies/new?kind=TEAM",
                "/bodies/" + assembly, "/bodies/" + workCommittee, "/bodies/" + workCommittee + "/edit"}) {
            page.navigate(url(path));
            assertThat(page.locator("main")).not().containsText("??");
            assertThat(page.locator("html")).hasAttribute("lang", lang);
        }
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/bodies/999999999")).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/board/seats/999999999")).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/roles/juggling")).status()).isEqualTo(404);
        page.navigate(url("/bodies/" + workCommittee));
        assertThat(page.locator("#members")).containsText(me.name());
        screenshot("bodies-work-committee-" + lang);
    }
}
