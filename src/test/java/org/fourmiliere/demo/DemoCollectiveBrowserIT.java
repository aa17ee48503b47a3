package org.fourmiliere.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.support.DemoBrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * A demo instance: the demo collective (Koumbit in 2007) is loaded at start-up through every module's own
 * services, once; the instance lives on 15 June 2007, says so on every page, and its pages open on that time.
 */
class DemoCollectiveBrowserIT extends DemoBrowserTest {

    @Autowired DemoLoader loader;
    @Autowired MemberDirectory members;
    @Autowired Clock clock;

    @Test
    void theDemoInstanceLivesOnItsDayAndLoadsOnlyOnce() {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2007, 6, 15));
        var cast = Koumbit2007.cast(LocalDate.now(clock));
        long workers = cast.workers().stream()
                .map(p -> members.personByEmail(p.email()).orElseThrow())
                .filter(p -> members.isWorker(p.id(), cast.today()))
                .count();
        assertThat(workers).isEqualTo(10);
        assertThat(cast.persons()).allSatisfy(p ->
                assertThat(members.inGoodStanding(members.personByEmail(p.email()).orElseThrow().id(), cast.today())).isTrue());
        int organisations = members.organisations().size();
        loader.run(new DefaultApplicationArguments("--demo"));
        assertThat(members.organisations()).hasSize(organisations);
    }

    @Test
    void everyPageSaysItIsTheDemoAndOnWhichDay() {
        page.navigate(url("/login?lang=fr"));
        assertThat(page.locator("#demo-banner")).hasText("Collectif de démonstration, en date du 15 juin 2007");
        signInAs("claire");
        page.navigate(url("/account?lang=en"));
        assertThat(page.locator("#demo-banner")).hasText("Demo collective, as of June 15, 2007");
        assertThat(page.locator("main")).containsText("Worker");
        assertThat(page.locator("main")).containsText("Accounting role");
        assertThat(page.locator("main")).containsText("Member in good standing");
    }

    @Test
    void theTimePagesOpenOnTheDemosWeek() {
        signInAs("antoine");
        page.navigate(url("/time?lang=fr"));
        assertThat(page.locator("h1")).containsText("11 juin 2007");
        screenshot("demo-time-week-fr");
    }

    @Test
    void theStructurePageShowsTheDemoCollectivesBodies() {
        signInAs("antoine");
        page.navigate(url("/structure?lang=fr"));
        var main = page.locator("main");
        assertThat(main).containsText("Comité de production");
        assertThat(main).containsText("Comité d'embauche");
        assertThat(main).containsText("Équipe Drupal");
        assertThat(main).containsText("Antoine Beaupré");
        assertThat(main).containsText("Patricia Bergeron");
        assertThat(main).containsText("FACIL");
        screenshot("demo-structure-fr");

        page.click("#lang-switch");
        assertThat(main).containsText("Production committee");
        assertThat(main).containsText("Drupal team");
        assertThat(main).containsText("Yannick Brosseau");
        screenshot("demo-structure-en");
    }
}
