package org.fourmiliere.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main navigation: every page the administrator may see is reached through the menus, with the mouse and
 * with the keyboard alone, on a wide screen and on a phone; a person sees only the menus of what they may do.
 */
class NavigationBrowserIT extends BrowserTest {

    private record Target(String menuId, String href) {}

    @Autowired People people;
    @Autowired MemberRegistration registration;
    @Autowired Clock clock;

    @ParameterizedTest
    @CsvSource({"1280, 800", "390, 844"})
    void everyPageIsReachedThroughTheMenusWithTheMouse(int width, int height) {
        page.setViewportSize(width, height);
        signInAsAdmin();
        page.navigate(url("/?lang=fr"));
        screenshot("nav-" + width + "-home");
        String previousMenu = null;
        for (Target t : administratorsTargets()) {
            Locator menu = page.locator("#" + t.menuId());
            menu.locator("summary").click();
            assertThat(menu).hasAttribute("open", "");
            assertNoSidewaysScrolling();
            if (!t.menuId().equals(previousMenu)) {
                page.waitForTimeout(300); // the menu fades in
                screenshot("nav-" + width + "-" + t.menuId() + "-open");
            }
            previousMenu = t.menuId();
            Locator link = menu.locator("a[href='" + t.href() + "']");
            Response response = page.waitForResponse(r -> r.url().equals(url(t.href())), link::click);
            reached(t, response);
        }
        screenshot("nav-" + width + "-current");
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "390, 844"})
    void everyPageIsReachedThroughTheMenusWithTheKeyboardAlone(int width, int height) {
        page.setViewportSize(width, height);
        signInAsAdmin();
        page.navigate(url("/?lang=en"));
        int n = 0;
        for (Target t : administratorsTargets()) {
            String menu = "#" + t.menuId();
            tabTo(menu + " > summary");
            page.keyboard().press(n++ % 2 == 0 ? "Enter" : "Space");
            assertThat(page.locator(menu)).hasAttribute("open", "");
            tabTo(menu + " a[href='" + t.href() + "']");
            if (n == 1) {
                page.waitForTimeout(300);
                screenshot("nav-" + width + "-keyboard");
            }
            Response response = page.waitForResponse(r -> r.url().equals(url(t.href())),
                    () -> page.keyboard().press("Enter"));
            reached(t, response);
        }
        page.navigate(url("/?lang=fr"));
    }

    @Test
    void escapeOrAClickElsewhereClosesAnOpenMenu() {
        signInAsAdmin();
        page.navigate(url("/?lang=fr"));
        tabTo("#nav-collective > summary");
        page.keyboard().press("Enter");
        assertThat(page.locator("#nav-collective")).hasAttribute("open", "");
        page.keyboard().press("Escape");
        assertThat(page.locator("#nav-collective")).not().hasAttribute("open", "");
        assertThat(page.locator("#nav-collective > summary")).isFocused();

        page.locator("#nav-money > summary").click();
        assertThat(page.locator("#nav-money")).hasAttribute("open", "");
        page.mouse().click(20, 600);
        assertThat(page.locator("#nav-money")).not().hasAttribute("open", "");
    }

    @Test
    void aPersonWithNoStatusIsToldWhatToDo() {
        Person nobody = people.withAccount("Sans statut");
        signIn(nobody.email(), nobody.password());
        page.navigate(url("/?lang=fr"));
        assertThat(page.locator("#home-nothing")).containsText("secrétariat");
        assertThat(page.locator(".dashboard")).hasCount(0);
    }

    @Test
    void aPersonSeesOnlyTheMenusOfWhatTheyMayDo() {
        Person nobody = people.withAccount("Sans statut");
        signIn(nobody.email(), nobody.password());
        page.navigate(url("/?lang=fr"));
        assertThat(page.locator("header nav details")).hasCount(0);
        assertThat(page.locator("#nav-account")).isVisible();
        context.clearCookies();

        Person worker = people.withAccount("Travailleuse");
        registration.engageWorker(new MemberRegistration.EngageWorker(worker.id(), Engagement.VOLUNTEER,
                LocalDate.now(clock).minusMonths(1), null));
        signIn(worker.email(), worker.password());
        page.navigate(url("/?lang=fr"));
        assertThat(menuIds()).containsExactly("nav-collective", "nav-my-work", "nav-money");
        // a worker: the requests they may answer, the tasks to rate, their week (not everyone's time reports)
        assertThat(page.locator("#nav-my-work a")).hasCount(3);
        assertThat(page.locator("#nav-my-work a").all().stream().map(a -> a.getAttribute("href")).toList())
                .containsExactly("/requests", "/complexes/rate", "/time");
        assertThat(page.locator("#nav-money summary")).hasText("Finances");
    }

    /** The menus and links the administrator is shown, read from the page, after checking the menus expected. */
    private List<Target> administratorsTargets() {
        assertThat(menuIds()).containsExactly("nav-collective", "nav-my-work", "nav-money", "nav-admin");
        List<Target> targets = new ArrayList<>();
        for (Locator menu : page.locator("header nav details.dropdown").all()) {
            String id = menu.getAttribute("id");
            for (Locator a : menu.locator("a").all()) targets.add(new Target(id, a.getAttribute("href")));
        }
        assertThat(targets).extracting(Target::href).contains("/members", "/structure", "/roles", "/meetings",
                "/decisions", "/eligibility", "/time/reports", "/books", "/admin");
        return targets;
    }

    private List<String> menuIds() {
        return page.locator("header nav details.dropdown").all().stream().map(d -> d.getAttribute("id")).toList();
    }

    private void reached(Target t, Response response) {
        assertThat(response.status()).as(t.href()).isEqualTo(200);
        page.waitForURL(url(t.href()));
        assertThat(page.locator("main h1").first()).isVisible();
        Locator current = page.locator("header nav a[aria-current=page]");
        assertThat(current).hasCount(1);
        assertThat(current).hasAttribute("href", t.href());
        assertThat(page.locator("header nav details.current")).hasCount(1);
        assertThat(page.locator("#" + t.menuId())).hasClass(Pattern.compile("\\bcurrent\\b"));
        assertNoSidewaysScrolling();
    }

    /** The header, open menu included, fits the screen (what the pages themselves show is theirs to fit). */
    private void assertNoSidewaysScrolling() {
        Object wide = page.evaluate("""
                () => [...document.querySelectorAll('header *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
                    .slice(0, 8).join(', ')""");
        assertThat(wide).as("the navigation is wider than the screen on " + page.url()).isEqualTo("");
    }

    private void tabTo(String selector) {
        Locator target = page.locator(selector);
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement"))) return;
        }
        fail("Tab never reaches " + selector);
    }
}
