package org.fourmiliere.accounts.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttling of failed sign-ins: after {@value #FREE_FAILURES} in a row the account locks for
 * {@link #FIRST_LOCK}, twice as long at each further failure, never longer than {@link #LONGEST_LOCK}.
 */
record SignInLock(int failures, Instant lockedUntil) {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    /** What one more failure, at {@code now}, makes of an account that had {@code failuresBefore}. */
    static SignInLock afterFailure(int failuresBefore, Instant now) {
        int failures = failuresBefore + 1;
        if (failures < FREE_FAILURES) return new SignInLock(failures, null);
        long factor = 1L << Math.min(failures - FREE_FAILURES, 6);
        Duration lock = FIRST_LOCK.multipliedBy(factor);
        if (lock.compareTo(LONGEST_LOCK) > 0) lock = LONGEST_LOCK;
        return new SignInLock(failures, now.plus(lock));
    }

    /** Whether an account locked until {@code lockedUntil} (null: not locked) is locked at {@code now}. */
    static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
