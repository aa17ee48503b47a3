package org.fourmiliere.demo;

import java.time.Clock;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fourmiliere.demo.internal.DemoStore;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo collective (Koumbit in 2007) loads through every module's own services, once, and the structure
 * page shows its bodies — board with its delegates, organisations and vacancies, committees, teams — in French
 * and in English.
 */
class DemoCollectiveBrowserIT extends BrowserTest {

    @Autowired DemoLoader loader;
    @Autowired DemoStore state;
    @Autowired MemberDirectory members;
    @Autowired Clock clock;

    @BeforeEach
    void loadTheDemoOnce() {
        synchronized (DemoCollectiveBrowserIT.class) {
            if (!state.loaded()) loader.load();
        }
    }

    @Test
    void theDemoHasTenWorkersInGoodStandingAndLoadsOnlyOnce() {
        var cast = Koumbit2007.cast(LocalDate.now(clock));
        long workers = cast.workers().stream()
                .map(p -> members.personByEmail(p.email()).orElseThrow())
                .filter(p -> members.isWorker(p.id(), cast.today()))
                .count();
        assertThat(workers).isEqualTo(10);
        assertThat(cast.persons()).allSatisfy(p ->
                assertThat(members.inGoodStanding(members.personByEmail(p.email()).orElseThrow().id(), cast.today())).isTrue());
        loader.run(new org.springframework.boot.DefaultApplicationArguments("--demo"));
        assertThat(members.personByEmail("antoine@example.org")).isPresent();
    }

    @Test
    void aDemoWorkerSignsInAndHoldsTheirStatuses() {
        signIn("claire@example.org", Koumbit2007.PASSWORD);
        page.navigate(url("/account?lang=en"));
        assertThat(page.locator("main")).containsText("Worker");
        assertThat(page.locator("main")).containsText("Accounting role");
        assertThat(page.locator("main")).containsText("Member in good standing");
    }

    @Test
    void theStructurePageShowsTheDemoCollectivesBodies() {
        signInAsAdmin();
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
