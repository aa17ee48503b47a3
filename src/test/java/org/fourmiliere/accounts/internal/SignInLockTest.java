package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttling of failed sign-ins, without a database. */
class SignInLockTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFirstFailuresOnlyCount() {
        for (int before = 0; before < SignInLock.FREE_FAILURES - 1; before++) {
            assertThat(SignInLock.afterFailure(before, NOW)).isEqualTo(new SignInLock(before + 1, null));
        }
    }

    @Test
    void thenTheAccountLocksTwiceAsLongEachTimeUpToAnHour() {
        assertThat(SignInLock.afterFailure(4, NOW).lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(SignInLock.afterFailure(5, NOW).lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(SignInLock.afterFailure(9, NOW).lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(32)));
        assertThat(SignInLock.afterFailure(10, NOW).lockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(SignInLock.afterFailure(200, NOW)).isEqualTo(new SignInLock(201, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void aLockHoldsUntilItsEnd() {
        assertThat(SignInLock.isLocked(null, NOW)).isFalse();
        assertThat(SignInLock.isLocked(NOW.plusSeconds(1), NOW)).isTrue();
        assertThat(SignInLock.isLocked(NOW, NOW)).isFalse();
    }

    @Test
    void aNewPasswordIsConfirmedWhenTypedTheSameTwice() {
        assertThat(new AccountCommands.ChangePassword("old", "new-password-1", "new-password-1").confirmed()).isTrue();
        assertThat(new AccountCommands.ChangePassword("old", "new-password-1", "new-password-2").confirmed()).isFalse();
        assertThat(AccountCommands.ChangePassword.blank().confirmed()).isTrue();
    }
}
