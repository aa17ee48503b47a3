package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.StatusNeutralChanges;
import org.junit.jupiter.api.Test;

class StatusCacheTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-07T12:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final MovableClock clock = new MovableClock();
    final StatusCache cache = new StatusCache(clock, List.<StatusNeutralChanges>of(() -> Set.of("time_entry")));
    final AtomicInteger loads = new AtomicInteger();

    Optional<StatusCache.Entry> load(long id) {
        loads.incrementAndGet();
        AccountRow row = new AccountRow(id, "a@test.local", "x", 7L, false, false, true, "fr", 0, null);
        return Optional.of(new StatusCache.Entry(row, new SignedIn(id, row.email(), 7L, "fr", Set.of()), List.of()));
    }

    @Test
    void keptUntilANonNeutralChangeOrTheNextDay() {
        cache.get(1, this::load);
        cache.get(1, this::load);
        assertThat(loads).hasValue(1);

        assertThat(cache.concerns("time_entry")).as("neutral change").isFalse();
        assertThat(cache.concerns("membership")).isTrue();

        cache.committed("membership");
        cache.get(1, this::load);
        assertThat(loads).as("status facts changed").hasValue(2);

        clock.now = clock.now.plusSeconds(24 * 3600);
        cache.get(1, this::load);
        assertThat(loads).as("a new day").hasValue(3);
        cache.get(2, this::load);
        assertThat(loads).as("another account").hasValue(4);
    }

    @Test
    void aChangeCommittedWhileComputingLeavesTheResultStale() {
        cache.get(1, id -> {
            cache.committed("membership");
            return load(id);
        });
        cache.get(1, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void anUnknownAccountIsNotKept() {
        assertThat(cache.get(9, id -> Optional.empty())).isEmpty();
        cache.get(9, this::load);
        assertThat(loads).hasValue(1);
    }
}
