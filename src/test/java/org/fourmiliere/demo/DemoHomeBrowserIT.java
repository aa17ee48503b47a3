package org.fourmiliere.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.fourmiliere.support.DemoBrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home page of the demo collective on its day (15 June 2007), as a worker and as the accounting role, in
 * French and in English: each block fills on its own with the person's week, next meeting, work-committee status
 * with its numbers, and for the accounting role the books' headline.
 */
class DemoHomeBrowserIT extends DemoBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aWorkerSeesTheirWeekTheirNextMeetingAndTheirStatusWithNumbers(String lang) {
        signInAs("antoine");
        page.navigate(url("/?lang=" + lang));
        var week = page.locator("#home-week");
        assertThat(week.locator("h2")).hasText(lang.equals("fr") ? "Ma semaine" : "My week");
        assertThat(page.locator("#home-week-total")).containsText(lang.equals("fr") ? "11 juin 2007" : "Jun 11, 2007");
        assertThat(page.locator("#home-week-total strong").first()).not().hasText("0:00");
        assertThat(page.locator("#home-next-meeting")).isVisible();
        assertThat(page.locator("#home-status-now")).containsText(lang.equals("fr") ? "Membre" : "Member");
        assertThat(page.locator("#home-status-now")).not().containsText(lang.equals("fr") ? "Non membre" : "Not");
        assertThat(page.locator("#home-status-hours")).containsText(Pattern.compile("\\d"));
        assertThat(page.locator("#home-status-committees")).containsText(Pattern.compile("\\d"));
        assertThat(page.locator("#home-status-reflections")).containsText(Pattern.compile("\\d"));
        assertThat(page.locator("#home-books")).hasCount(0);
        screenshot("demo-home-worker-" + lang);

        page.navigate(url("/eligibility/me?lang=" + lang));
        assertThat(page.locator("#standing")).hasText(lang.equals("fr") ? "Membre" : "Member");
        page.navigate(url("/?lang=" + lang));
        week.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(lang.equals("fr") ? "Ma semaine" : "My week")).click();
        assertThat(page).hasURL(Pattern.compile("/time$"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theAccountingRoleSeesTheBooksHeadline(String lang) {
        signInAs("claire");
        page.navigate(url("/?lang=" + lang));
        assertThat(page.locator("#home-books h2")).hasText(lang.equals("fr") ? "Les livres" : "The books");
        assertThat(page.locator("#home-books-cash")).containsText(Pattern.compile("\\d"));
        assertThat(page.locator("#home-books-result")).containsText(lang.equals("fr") ? "2006-07" : "2006-07");
        page.setViewportSize(390, 844);
        screenshot("demo-home-accounting-" + lang + "-phone");
    }

    @org.junit.jupiter.api.Test
    void onAPhoneAWideReportScrollsWithinItselfNotThePage() {
        signInAs("claire");
        page.setViewportSize(390, 844);
        for (String path : new String[] {"/books/income-statement?from=2006-09-01&to=2007-08-31&by=month", "/time",
                "/meetings", "/decisions", "/eligibility", "/members"}) {
            page.navigate(url(path));
            Object wide = page.evaluate("""
                    () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .filter(e => !e.closest('table'))
                        .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
                        .slice(0, 8).join(', ')""");
            org.assertj.core.api.Assertions.assertThat(wide).as("wider than the screen on " + path).isEqualTo("");
        }
        screenshot("demo-members-phone");
    }
}
