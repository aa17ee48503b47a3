package org.fourmiliere.timesheets.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.KeptInMemory;
import org.fourmiliere.shared.ModuleEvent;
import org.fourmiliere.timesheets.MonthLocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locked months (§8, by the accounting role): their entries never change; corrections are adjusting entries.
 * Every write of a time entry asks whether its months are locked, so the locked months are kept in memory and
 * read again after a lock is committed ({@link MonthLocked}, on any node). The SQL is {@link LockStore}'s.
 */
@Service
public class Locks implements KeptInMemory {

    /** The entity type of locked months in the audit trail. */
    static final String AUDIT_TYPE = "time_month";

    private record Known(long generation, LockedMonths months) {}

    private final AtomicLong generation = new AtomicLong();
    private volatile Known known;

    public record LockedMonth(YearMonth month, String lockedBy, Instant lockedAt) {}

    private final LockStore store;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    Locks(LockStore store, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LockedMonth> all() {
        return store.all();
    }

    public boolean isLocked(YearMonth month) {
        return locked().contains(month);
    }

    /** Those of {@code months} that are locked. */
    public Set<YearMonth> lockedAmong(Collection<YearMonth> months) {
        return locked().among(months);
    }

    private LockedMonths locked() {
        long g = generation.get();
        Known k = known;
        if (k != null && k.generation() == g) return k.months();
        LockedMonths months = new LockedMonths(Set.copyOf(store.months()));
        // tagged with the generation read before reading: a lock committed meanwhile makes it stale at once
        known = new Known(g, months);
        return months;
    }

    @Override
    public boolean concerns(Class<? extends ModuleEvent> eventType) {
        return eventType == MonthLocked.class;
    }

    @Override
    public void forget() {
        generation.incrementAndGet();
    }

    /** Refuses a write that touches a locked month (409 naming the first such month). */
    void checkOpen(Map<LocalDate, Integer> days, String field) {
        locked().refuseAnyOf(days, field);
    }

    @Transactional
    public void lock(YearMonth month, String actor) {
        locked().refuseRelock(month);
        store.insert(month, actor, Instant.now(clock));
        audit.record(AUDIT_TYPE, month.toString(), "locked", null, Map.of("month", month.toString()));
        events.publishEvent(new MonthLocked(month));
    }
}
