package org.fourmiliere.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Slack's v0 signature with its 5-minute window, Mattermost's token, the Matrix secret; nothing configured refuses all. */
class SlashVerifierTest {

    static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");
    final SlashVerifier verifier = new SlashVerifier("s3cret", "mm-token", "mx-secret", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void slack_signature() {
        long ts = NOW.getEpochSecond();
        String body = "user_id=U1&text=in+koumbit";
        String good = "v0=" + SlashVerifier.hmac("s3cret", "v0:" + ts + ":" + body);
        assertThat(verifier.slackSigned(String.valueOf(ts), good, body)).isTrue();
        assertThat(verifier.slackSigned(String.valueOf(ts), good, body + "x")).isFalse();
        assertThat(verifier.slackSigned(String.valueOf(ts + 1), good, body)).isFalse();
        String old = "v0=" + SlashVerifier.hmac("s3cret", "v0:" + (ts - 301) + ":" + body);
        assertThat(verifier.slackSigned(String.valueOf(ts - 301), old, body)).isFalse();
        assertThat(verifier.slackSigned("soon", good, body)).isFalse();
        assertThat(verifier.slackSigned(null, good, body)).isFalse();
    }

    @Test
    void tokens_and_nothing_configured() {
        assertThat(verifier.mattermostToken("mm-token")).isTrue();
        assertThat(verifier.mattermostToken("mm-tokenx")).isFalse();
        assertThat(verifier.matrixSecret("mx-secret")).isTrue();
        assertThat(verifier.matrixSecret(null)).isFalse();
        var none = new SlashVerifier("", " ", null, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(none.slashConfigured()).isFalse();
        assertThat(none.matrixConfigured()).isFalse();
        assertThat(none.mattermostToken("")).isFalse();
        assertThat(none.slackSigned(String.valueOf(NOW.getEpochSecond()), "v0=" + SlashVerifier.hmac("k", "x"), "x")).isFalse();
    }

    @Test
    void irc_lines() {
        var nick = IrcLine.parse(":alice!~al@127.0.0.1 NICK :alice2");
        assertThat(nick.command()).isEqualTo("NICK");
        assertThat(nick.nick()).isEqualTo("alice");
        assertThat(nick.param(0)).isEqualTo("alice2");
        var welcome = IrcLine.parse(":irc.test 001 fourmi :Welcome");
        assertThat(welcome.command()).isEqualTo("001");
        assertThat(welcome.userHost()).isNull();
        assertThat(IrcLine.parse("PING :abc").param(0)).isEqualTo("abc");
        assertThat(IrcLine.parse("@time=x :a!b@c PRIVMSG #c :hi there").param(1)).isEqualTo("hi there");
    }
}
