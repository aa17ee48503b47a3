package org.fourmiliere.complexes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker who sits on the board rates the tasks of the open round, sees the scatter chart and the spread once the
 * round has closed, asks for a proposal, sees it beside today's assignment and accepts it; in French and English.
 */
class ComplexesBrowserIT extends BrowserTest {

    @Autowired TestClock clock;
    @Autowired People people;
    @Autowired ComplexesService complexes;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void rateSeeTheChartAskForAProposalAndAcceptIt(String lang) {
        boolean fr = lang.equals("fr");
        int year = Years.fresh();
        clock.set(LocalDate.of(year, 3, 15));
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        Person me = people.withAccount("Rater", lang);
        check(admin.post("/api/v1/members/" + me.id() + "/engagements",
                "{\"engagement\":\"VOLUNTEER\",\"since\":\"%d-01-01\"}".formatted(year)), 201);
        check(admin.post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","holderId":%d,"mandateStart":"%d-01-01","mandateEnd":"%d-01-01"}"""
                .formatted(me.id(), year, year + 1)), 201);
        long dull = task(admin, "secretariat", "Classer les reçus", "File the receipts");
        long bright = task(admin, "web-development", "Concevoir un site", "Design a site");
        long round = complexes.openRound(new OpenRound(LocalDate.of(year, 3, 20), null)).id();
        Api mine = new Api(port).basic(me.email(), me.password());
        check(mine.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-03-02\",\"minutes\":180}".formatted(code(admin, dull), year)), 201);
        check(mine.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-03-03\",\"minutes\":60}".formatted(code(admin, bright), year)), 201);
        for (long t : List.of(dull, bright)) {
            check(admin.put("/api/v1/tasks/%d/abilities/%d".formatted(t, me.id()), "{\"ability\":\"CAN\",\"wish\":0}"), 200);
        }
        check(admin.put("/api/v1/workers/%d/availability".formatted(me.id()), "{\"hours\":80}"), 200);

        signIn(me.email(), me.password());
        page.navigate(url("/complexes/rate"));
        assertThat(page.locator("h1")).hasText(fr ? "Évaluer les tâches" : "Rate the tasks");
        page.selectOption("#d-" + dull, "1");
        page.selectOption("#e-" + dull, "2");
        page.fill("#c-" + dull, "nobody likes it");
        page.selectOption("#d-" + bright, "5");
        page.selectOption("#e-" + bright, "4");
        page.click("#save-ratings");
        assertThat(page.locator("#rate-notice")).hasText(fr ? "Vos évaluations sont enregistrées." : "Your ratings are saved.");
        assertThat(page.locator("#d-" + dull)).hasValue("1");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("complexes-rate-" + lang);
        // two colleagues rate too: three raters, so the means may be shown once the round closes
        for (int i = 0; i < 2; i++) {
            Person other = people.workerWithAccount("Colleague");
            Api o = new Api(port).basic(other.email(), other.password());
            check(o.post("/api/v1/rating-rounds/" + round + "/ratings",
                    "[{\"taskId\":%d,\"desirability\":2,\"empowerment\":2},{\"taskId\":%d,\"desirability\":4,\"empowerment\":5}]"
                            .formatted(dull, bright)), 200);
        }
        clock.set(LocalDate.of(year, 3, 21));

        page.navigate(url("/complexes?from=%d-03-01&to=%d-03-31".formatted(year, year)));
        assertThat(page.locator("h1")).hasText(fr ? "Complexes de tâches" : "Job complexes");
        assertThat(page.locator("#chart svg circle.self")).hasCount(1);
        assertThat(page.locator("#complex-" + me.id())).containsText(me.name());
        // means of the round: receipts (1 + 2 + 2)/3 = 5/3, site (5 + 4 + 4)/3 = 13/3;
        // (180 × 5/3 + 60 × 13/3) / 240 = (300 + 260) / 240 = 2.33 desirability
        assertThat(page.locator("#complex-" + me.id())).containsText(fr ? "2,33" : "2.33");
        assertThat(page.locator("#spread-desirability")).isVisible();
        assertThat(page.locator("#my-position")).isVisible();
        assertThat(page.locator("#least-carrier")).containsText(me.name());
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("complexes-chart-" + lang);

        page.navigate(url("/complexes/proposals"));
        page.click("#request-proposal");
        assertThat(page.locator("#proposal-reload")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.click("#proposal-reload");
        assertThat(page.locator("#proposal-state")).hasText(fr ? "prête" : "ready");
        assertThat(page.locator("#spread-compare")).isVisible();
        assertThat(page.locator("#proposed-lines")).containsText(me.name());
        assertThat(page.locator("#today-lines")).isVisible();
        screenshot("complexes-proposal-" + lang);
        page.click("#accept-proposal");
        assertThat(page.locator("#proposal-notice")).containsText(fr ? "La proposition est acceptée" : "The proposal is accepted");
        assertThat(page.locator("#proposal-state")).hasText(fr ? "acceptée" : "accepted");
        assertThat(page.locator("#history")).containsText(fr ? "acceptée" : "accepted");
        assertThat(page.locator("#today-lines")).containsText(me.name());
        screenshot("complexes-accepted-" + lang);
    }

    /** A newcomer reads how a task is done: the latest version rendered from its Markdown, safely, and an older one. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aNewcomerReadsATasksHowtoAndItsVersions(String lang) {
        boolean fr = lang.equals("fr");
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        long t = task(admin, "secretariat", "Saisir les factures", "Enter the bills");
        check(admin.post("/api/v1/tasks/%d/howto".formatted(t), "{\"body\":\"First: open the binder.\"}"), 200);
        check(admin.post("/api/v1/tasks/%d/howto".formatted(t), """
                {"body":"## Steps\\n\\n1. Open the **binder**\\n2. Enter each bill\\n\\n<script>document.title='pwned'</script>\\n\\n[help](javascript:alert(1)) and [the guide](https://example.org/guide)"}"""), 200);
        Person newcomer = people.workerWithAccount("Newcomer", lang);
        signIn(newcomer.email(), newcomer.password());
        page.navigate(url("/complexes/tasks/" + t));
        assertThat(page.locator("h1")).hasText(fr ? "Saisir les factures" : "Enter the bills");
        assertThat(page.locator("#howto h2")).hasText("Steps");
        assertThat(page.locator("#howto li")).hasCount(2);
        assertThat(page.locator("#howto strong")).hasText("binder");
        // raw HTML is shown as text, never run; a javascript: link loses its address
        assertThat(page.locator("#howto script")).hasCount(0);
        assertThat(page.locator("#howto")).containsText("<script>");
        org.assertj.core.api.Assertions.assertThat(page.title()).isNotEqualTo("pwned");
        assertThat(page.locator("#howto a[href^='javascript']")).hasCount(0);
        assertThat(page.locator("#howto a[href='https://example.org/guide']")).hasCount(1);
        assertThat(page.locator("#howto-shown-version")).hasText(fr ? "Version 2, la plus récente." : "Version 2, the latest.");
        assertThat(page.locator("#howto-versions tbody tr")).hasCount(2);
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("complexes-howto-" + lang);
        page.click("#howto-v1");
        assertThat(page.locator("#howto")).hasText("First: open the binder.");
        assertThat(page.locator("#howto-shown-version")).hasText(fr ? "Version 1, une version antérieure." : "Version 1, an earlier version.");
    }

    private static long task(Api admin, String role, String fr, String en) {
        String code = "task-" + UUID.randomUUID().toString().substring(0, 8);
        var r = admin.post("/api/v1/tasks", """
                {"roleCode":"%s","code":"%s","nameFr":"%s","nameEn":"%s","budgetHours":40,"budgetAmount":860}"""
                .formatted(role, code, fr, en));
        check(r, 201);
        return r.json().get("id").asLong();
    }

    private static String code(Api admin, long task) {
        return admin.get("/api/v1/tasks/" + task).json().get("code").asString();
    }

    private static void check(Api.Response r, int status) {
        if (r.status() != status) throw new IllegalStateException(r.status() + " " + r.body());
    }
}
