package org.fourmiliere.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A worker asks for a code on "My account › Chat", links a chat identity with it, shows it in !who, unlinks it. */
class ChatBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired TestClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aNickIsLinkedWithTheCodeAndUnlinked(String lang) {
        boolean fr = lang.equals("fr");
        var me = people.withAccount("Chat", lang);
        signIn(me.email(), me.password());
        page.navigate(url("/account"));
        page.click("#account-chat");
        assertThat(page.locator("h1")).hasText(fr ? "Clavardage" : "Chat");
        assertThat(page.locator("main")).containsText(fr ? "Aucun pseudo lié." : "No linked nick.");
        page.click("#chat-new-code");
        String code = page.locator("#chat-code").textContent().trim();
        assertThat(page.locator("#chat-code-text")).containsText(fr ? "Votre code" : "Your code");
        screenshot("chat-code-" + lang);

        String user = "U-browser-" + me.id();
        org.assertj.core.api.Assertions.assertThat(ChatFixture.slack(port, clock.instant().getEpochSecond(), user, "link " + code))
                .isEqualTo(200);
        page.navigate(url("/account/chat"));
        assertThat(page.locator("#chat-links")).containsText(user);
        page.locator("#chat-links button").first().click();
        assertThat(page.locator("#chat-links")).containsText(fr ? "Cacher de !qui" : "Hide from !who");
        screenshot("chat-linked-" + lang);
        page.locator("#chat-links button").last().click();
        assertThat(page.locator(".notice")).hasText(fr ? "Pseudo délié." : "Nick unlinked.");
        assertThat(page.locator("main")).not().containsText(user);
        assertThat(page.locator("main")).not().containsText("??");
    }
}
