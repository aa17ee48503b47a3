package org.fourmiliere.mail.internal;

import java.time.Duration;

/**
 * When to try again: after the {@code n}-th failed attempt, wait {@code first × 2^(n-1)}, never more than
 * {@code max}; after {@code maxAttempts} attempts, give up.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero()) throw new IllegalArgumentException("first delay");
        if (max.compareTo(first) < 0) throw new IllegalArgumentException("max delay");
        if (maxAttempts < 1) throw new IllegalArgumentException("max attempts");
    }

    /** The wait after attempt number {@code attempt} (1 for the first) if it fails. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) throw new IllegalArgumentException("attempt");
        int shift = Math.min(attempt - 1, 40);
        long limit = max.toMillis();
        long ms = first.toMillis();
        for (int i = 0; i < shift && ms < limit; i++) ms *= 2;
        return Duration.ofMillis(Math.min(ms, limit));
    }

    /** Whether attempt number {@code attempt} is the last one. */
    public boolean isLast(int attempt) {
        return attempt >= maxAttempts;
    }
}
