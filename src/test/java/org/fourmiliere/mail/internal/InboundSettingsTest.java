package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw API's token: none configured → the endpoint does not exist; otherwise only the exact token opens it. */
class InboundSettingsTest {

    @Test
    void withoutATokenNothingMatches() {
        var none = new InboundSettings("  ", 100);
        assertThat(none.tokenConfigured()).isFalse();
        assertThat(none.tokenMatches("")).isFalse();
        assertThat(none.tokenMatches(null)).isFalse();
    }

    @Test
    void onlyTheTokenMatches() {
        var s = new InboundSettings("s3cret-token", 100);
        assertThat(s.tokenConfigured()).isTrue();
        assertThat(s.tokenMatches("s3cret-token")).isTrue();
        assertThat(s.tokenMatches(" s3cret-token ")).isTrue();
        assertThat(s.tokenMatches("s3cret-toke")).isFalse();
        assertThat(s.tokenMatches("S3CRET-TOKEN")).isFalse();
        assertThat(s.tokenMatches(null)).isFalse();
        assertThat(s.maxSize()).isEqualTo(100);
    }
}
