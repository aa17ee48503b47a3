package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between attempts doubles from the first delay up to the longest; the last attempt is known. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 10);

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLastAttemptIsTheMaximum() {
        assertThat(backoff.isLast(9)).isFalse();
        assertThat(backoff.isLast(10)).isTrue();
        assertThat(backoff.isLast(11)).isTrue();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMessageIdDomainIsTheSendersUnlessSet() {
        assertThat(MailSettings.domainOf("fourmiliere@koumbit.org")).isEqualTo("koumbit.org");
        assertThat(MailSettings.domainOf("Fourmilière <info@koumbit.org>")).isEqualTo("koumbit.org");
        assertThat(MailSettings.domainOf("nobody")).isEqualTo("localhost");
        var settings = new MailSettings("a@b.org", " mail.b.org ", Duration.ofMinutes(1), Duration.ofHours(1), 5);
        assertThat(settings.messageIdDomain()).isEqualTo("mail.b.org");
        assertThat(new MailSettings("a@b.org", "", Duration.ofMinutes(1), Duration.ofHours(1), 5).messageIdDomain()).isEqualTo("b.org");
    }
}
