package org.fourmiliere.timesheets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The punch widget, the week grid, editing an entry and the CSV import, in French and in English. */
class TimesheetsBrowserIT extends BrowserTest {

    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired org.fourmiliere.timesheets.internal.TimeReports reports;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void punchInAndOutFromTheWidgetSeeItInTheWeekAndEditIt(String lang) throws Exception {
        var w = new TimeFixture(registration, accounts, port).worker(lang);
        String code = TimeFixture.activity(w.api(), "web-" + lang);
        String named = TimeFixture.unique("named-" + lang);
        assertThat(w.api().post("/api/v1/activities", "{\"code\":\"" + named + "\",\"name\":\"Named workshop " + named
                + "\",\"kind\":\"CONTRACT\",\"billable\":true}").status()).isEqualTo(201);
        signIn(w.email(), TimeFixture.PASSWORD);
        page.navigate(url("/time"));
        page.waitForSelector("#punch-activity");
        // the first choice is empty and asks for one; the others show the activities' names
        assertThat(page.locator("#punch-activity option").first()).hasText("en".equals(lang) ? "— choose an activity —" : "— choisir une activité —");
        assertThat(page.locator("#punch-activity option").first()).hasAttribute("value", "");
        assertThat(page.locator("#punch-activity option[value='" + named + "']")).hasText("Named workshop " + named);
        page.selectOption("#punch-activity", new SelectOption().setValue(code));
        page.click("#punch-in");
        assertThat(page.locator("#punch-running")).containsText(code);
        assertThat(page.locator("#punch-in")).hasText("en".equals(lang) ? "Switch" : "Changer");
        screenshot("timesheets-widget-running-" + lang);
        clock.advance(Duration.ofMinutes(1));
        page.click("#punch-out");
        assertThat(page.locator("#punch-running")).hasCount(0);
        assertThat(page.locator("#punch-in")).hasText("en".equals(lang) ? "Punch in" : "Entrer");

        page.navigate(url("/time"));
        assertThat(page.locator("#week-grid")).containsText(code);
        assertThat(page.locator("#week-entries")).containsText(code);
        screenshot("timesheets-week-" + lang);

        page.locator(".edit-entry").first().click();
        page.fill("#startTime", "08:00");
        page.fill("#endTime", "09:30");
        page.fill("#note", "edited " + lang);
        page.click("#entry-save");
        assertThat(page.locator("#week-total")).hasText("en".equals(lang) ? "1:30" : "1 h 30");
        assertThat(page.locator("#week-entries")).containsText("edited " + lang);
        screenshot("timesheets-week-edited-" + lang);

        // a bad time is refused with a message, nothing changes
        page.locator(".edit-entry").first().click();
        page.fill("#endTime", "25:99");
        page.click("#entry-save");
        assertThat(page.locator("#week-grid")).hasCount(0);
        assertThat(page.locator("main")).containsText("HH:MM");
        screenshot("timesheets-entry-error-" + lang);
        assertThat(page.locator("#entry-history")).containsText("updated");

        page.navigate(url("/time/month"));
        assertThat(page.locator("#month-total")).hasText("en".equals(lang) ? "1:30" : "1 h 30");
        assertThat(page.locator("main")).containsText("en".equals(lang) ? "Paid: 1:30" : "Payé : 1 h 30");
        screenshot("timesheets-month-" + lang);
        page.navigate(url("/time/activities"));
        page.locator("#activities a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(code)).click();
        assertThat(page.locator("#activity-budget")).containsText("en".equals(lang) ? "1:30" : "1 h 30");
        screenshot("timesheets-activity-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void importACsvWithOneBadRowShowsThatRowAndImportsNothing(String lang) throws Exception {
        String worker = TimeFixture.unique("importee");
        String csv = "worker,activity,kind,start,end,billable\n"
                + worker + ",contrat-" + worker + ",paid,2010-03-01T09:00,2010-03-01T12:00,yes\n"
                + worker + ",contrat-" + worker + ",gift,2010-03-02T09:00,2010-03-02T12:00,yes\n"
                + worker + ",réunion de production,volunteer,2010-03-03T13:00,2010-03-03T14:00,no\n";
        Path file = Files.createTempFile("import-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        signInAsAdmin();
        try {
            page.navigate(url("/time/import?lang=" + lang));
            page.setInputFiles("#import-file", file);
            page.click("#import-upload");
            assertThat(page.locator("#import-has-errors")).isVisible();
            assertThat(page.locator("#import-errors")).containsText("3");
            assertThat(page.locator("#import-errors")).containsText("en".equals(lang) ? "The kind \"gift\"" : "La nature « gift »");
            assertThat(page.locator("#import-commit")).hasCount(0);
            screenshot("timesheets-import-errors-" + lang);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_worker WHERE code = :c").param("c", worker).query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_activity WHERE code = :c").param("c", "contrat-" + worker).query(Integer.class).single()).isZero();

            // the corrected file imports every row
            Files.writeString(file, csv.replace(",gift,", ",paid,"), StandardCharsets.UTF_8);
            page.navigate(url("/time/import"));
            page.setInputFiles("#import-file", file);
            page.click("#import-upload");
            page.click("#import-commit");
            assertThat(page.locator("#import-done")).isVisible();
            screenshot("timesheets-import-done-" + lang);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_entry e JOIN ts_worker w ON w.person_id = e.worker_id WHERE w.code = :c")
                    .param("c", worker).query(Integer.class).single()).isEqualTo(3);
            assertThat(reports.lifetime()).isEqualTo(reports.lifetimeFromDays());
            page.navigate(url("/time/reports?from=2010-03-01&to=2010-03-31"));
            assertThat(page.locator("#pay-report")).containsText(worker);
            assertThat(page.locator("#summary")).containsText("contrat-" + worker);
            screenshot("timesheets-reports-" + lang);
            page.navigate(url("/time/wages"));
            assertThat(page.locator("#wage-rates")).containsText("en".equals(lang) ? "$21.50" : "21,50");
        } finally {
            page.navigate(url("/time/import?lang=fr"));
        }
    }
}
