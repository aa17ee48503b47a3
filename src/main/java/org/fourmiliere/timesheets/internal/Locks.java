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
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locked months (§8, by the accounting role): their entries never change; corrections are adjusting entries. */
@Service
public class Locks {

    public record LockedMonth(YearMonth month, String lockedBy, Instant lockedAt) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Locks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
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
        return jdbc.sql("SELECT COUNT(*) FROM ts_locked_month WHERE month_start = :m").param("m", month.atDay(1))
                .query(Integer.class).single() > 0;
    }

    public Set<YearMonth> lockedAmong(Collection<YearMonth> months) {
        Set<YearMonth> result = new TreeSet<>();
        for (YearMonth m : new TreeSet<>(months)) if (isLocked(m)) result.add(m);
        return result;
    }

    /** Refuses a write that touches a locked month (409 naming the month). */
    void checkOpen(Map<LocalDate, Integer> days, String field) {
        Set<YearMonth> months = new TreeSet<>();
        days.keySet().forEach(d -> months.add(YearMonth.from(d)));
        for (YearMonth m : months) {
            if (isLocked(m)) throw new Problems.Conflict(field, "time.locked", m.toString());
        }
    }

    @Transactional
    public void lock(YearMonth month, String actor) {
        if (isLocked(month)) throw new Problems.Conflict("month", "time.lock.already", month.toString());
        jdbc.sql("INSERT INTO ts_locked_month (month_start, locked_by, locked_at) VALUES (:m, :by, :at)")
                .param("m", month.atDay(1)).param("by", actor).param("at", Timestamp.from(Instant.now(clock))).update();
        audit.record("time_month", month.toString(), "locked", null, Map.of("month", month.toString()));
    }
}
