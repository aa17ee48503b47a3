package org.fourmiliere.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    @Test
    void keepsFormattingAndDropsWhatCouldRunLoadOrSubmit() {
        String safe = MailHtml.safe("<div style=\"position:fixed\" onmouseover=\"x()\"><p>Un <em>mot</em></p>"
                + "<table><tr><td>1</td></tr></table><script>x()</script><img src=\"https://t.example/p.gif\">"
                + "<a href=\"javascript:x()\">a</a><a href=\"https://example.org\">b</a><a href=\"ftp://example.org\">c</a>"
                + "<svg onload=\"x()\"></svg><form><button>ok</button></form></div>");
        assertThat(safe).contains("<p>Un <em>mot</em></p>").contains("<td>1</td>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">b</a>")
                .doesNotContain("script").doesNotContain("onmouseover").doesNotContain("style=").doesNotContain("<img")
                .doesNotContain("javascript").doesNotContain("ftp:").doesNotContain("svg").doesNotContain("<form")
                .doesNotContain("<button");
    }

    @Test
    void nothingLeftIsNoHtml() {
        assertThat(MailHtml.safe("<script>x()</script>")).isNull();
        assertThat(MailHtml.safe(null)).isNull();
    }
}
