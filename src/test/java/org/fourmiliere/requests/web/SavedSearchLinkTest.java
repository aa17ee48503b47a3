package org.fourmiliere.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fourmiliere.requests.internal.SavedSearch;
import org.junit.jupiter.api.Test;

/** A saved search opens the page it was saved from, its values encoded (no value can add a parameter). */
class SavedSearchLinkTest {

    static SavedSearch search(String queue, String q, String status, boolean unowned) {
        return search(queue, q, status, null, unowned);
    }

    static SavedSearch search(String queue, String q, String status, String tag, boolean unowned) {
        return new SavedSearch(1, 1, null, "name", queue, q, status, tag, unowned, false, Instant.EPOCH);
    }

    @Test
    void aQueuesFiltersLeadToItsPage() {
        assertThat(RequestViews.link(search("support", null, null, false))).isEqualTo("/requests/queues/support");
        assertThat(RequestViews.link(search("support", "facture", "ALL", true)))
                .isEqualTo("/requests/queues/support?status=ALL&q=facture&unowned=true");
    }

    @Test
    void aQueuesTagFilterIsKeptInItsLink() {
        assertThat(RequestViews.link(search("support", null, "OPEN", "vip", false)))
                .isEqualTo("/requests/queues/support?status=OPEN&tag=vip");
    }

    @Test
    void wordsAloneLeadToTheSearchPageEncoded() {
        assertThat(RequestViews.link(search(null, "été & hiver=1#x", null, false)))
                .isEqualTo("/requests/search?q=%C3%A9t%C3%A9%20%26%20hiver%3D1%23x");
        assertThat(RequestViews.link(search("a/b", "x", null, false))).isEqualTo("/requests/queues/a%2Fb?q=x");
    }
}
