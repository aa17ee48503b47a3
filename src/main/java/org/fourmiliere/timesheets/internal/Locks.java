package org.fourmiliere.timesheets.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.KeptInMemory;
import org.fourmiliere.shared.ModuleEvent;
import org.fourmiliere.timesheets.MonthLocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locked months (§8, by the accounting role): their entries never change; corrections are adjusting entries.
 * Every write of a time entry asks whether its months are locked, so the locked months are kept in memory and
 * read again after a lock is committed ({@link MonthLocked}, on any node).
 */
@Service
public class Locks implements KeptInMemory {

    /** The entity type of locked months in the audit trail. */
    static final String AUDIT_TYPE = "time_month";

    private record Known(long generation, Set<YearMonth> months) {}

    private final AtomicLong generation = new AtomicLong();
    private volatile Known known;

    public record LockedMonth(YearMonth month, String lockedBy, Instant lockedAt) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    Locks(JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LockedMonth> all() {
        return jdbc.sql("SELECT month_start, locked_by, locked_at FROM ts_locked_month ORDER BY month_start DESC")
                .query((rs, n) -> new LockedMonth(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    public boolean isLocked(YearMonth month) {
        return locked().contains(month);
    }

    /** Those of {@code months} that are locked. */
    public Set<YearMonth> lockedAmong(Collection<YearMonth> months) {
        Set<YearMonth> all = locked();
        Set<YearMonth> result = new TreeSet<>();
        for (YearMonth m : months) if (all.contains(m)) result.add(m);
        return result;
    }

    private Set<YearMonth> locked() {
        long g = generation.get();
        Known k = known;
        if (k != null && k.generation() == g) return k.months();
        Set<YearMonth> months = Set.copyOf(jdbc.sql("SELECT month_start FROM ts_locked_month")
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class))).list());
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
        Set<YearMonth> months = new TreeSet<>();
        days.keySet().forEach(d -> months.add(YearMonth.from(d)));
        Set<YearMonth> locked = lockedAmong(months);
        if (!locked.isEmpty()) throw new Problems.Conflict(field, "time.locked", locked.iterator().next().toString());
    }

    @Transactional
    public void lock(YearMonth month, String actor) {
        if (isLocked(month)) throw new Problems.Conflict("month", "time.lock.already", month.toString());
        jdbc.sql("INSERT INTO ts_locked_month (month_start, locked_by, locked_at) VALUES (:m, :by, :at)")
                .param("m", month.atDay(1)).param("by", actor).param("at", Timestamp.from(Instant.now(clock))).update();
        audit.record(AUDIT_TYPE, month.toString(), "locked", null, Map.of("month", month.toString()));
        events.publishEvent(new MonthLocked(month));
    }
}
