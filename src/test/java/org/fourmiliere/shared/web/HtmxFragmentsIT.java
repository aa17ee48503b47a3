package org.fourmiliere.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A page asked for by htmx answers with its fragment only; asked for by the browser, with the whole page. */
@IntegrationTest
class HtmxFragmentsIT extends BrowserTest {

    @Test
    void theMembersSearchAndTheMandateEndsAnswerHtmxWithTheirFragment() {
        signInAsAdmin();
        for (String path : new String[] {"/members?q=zz", "/board/mandate-ends?days=30"}) {
            APIResponse whole = page.request().get(url(path));
            APIResponse fragment = page.request().get(url(path), RequestOptions.create().setHeader("HX-Request", "true"));
            assertThat(whole.status()).as(path).isEqualTo(200);
            assertThat(fragment.status()).as(path).isEqualTo(200);
            assertThat(whole.text()).as(path).contains("<html");
            assertThat(fragment.text()).as(path).doesNotContain("<html").isNotBlank();
        }
    }
}
