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
import org.fourmiliere.accounts.AccountChanged;
import org.fourmiliere.accounts.AccessTokenCreated;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.shared.ModuleEvent;
import org.junit.jupiter.api.Test;

class StatusCacheTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-07T12:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    /** The events of a module that knows a status, and one it publishes about other facts. */
    sealed interface FactEvent extends ModuleEvent permits FactChanged, FactEnded {}
    record FactChanged() implements FactEvent {}
    record FactEnded() implements FactEvent {}
    record HoursRecorded() implements ModuleEvent {}

    static final StatusContributor CONTRIBUTOR = new StatusContributor() {
        @Override
        public Set<Status> statusesOf(long personId, java.time.LocalDate today) {
            return Set.of();
        }

        @Override
        public Set<Class<? extends ModuleEvent>> changedBy() {
            return Set.of(FactEvent.class);
        }
    };

    final MovableClock clock = new MovableClock();
    final StatusCache cache = new StatusCache(clock, List.of(CONTRIBUTOR));
    final AtomicInteger loads = new AtomicInteger();

    Optional<StatusCache.Entry> load(long id) {
        loads.incrementAndGet();
        AccountRow row = new AccountRow(id, "a@test.local", "x", 7L, false, false, true, "fr", 0, null);
        return Optional.of(new StatusCache.Entry(row, new SignedIn(id, row.email(), 7L, "fr", Set.of()), List.of()));
    }

    @Test
    void keptUntilAnEventAContributorNamesOrTheNextDay() {
        cache.get(1, this::load);
        cache.get(1, this::load);
        assertThat(loads).hasValue(1);

        assertThat(cache.concerns(HoursRecorded.class)).as("an event no contributor names").isFalse();
        assertThat(cache.concerns(AccessTokenCreated.class)).as("tokens are kept elsewhere").isFalse();
        assertThat(cache.concerns(FactChanged.class)).as("named through its parent type").isTrue();
        assertThat(cache.concerns(FactEnded.class)).isTrue();
        assertThat(cache.concerns(AccountChanged.class)).as("the account itself").isTrue();

        cache.forget();
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
            cache.forget();
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
