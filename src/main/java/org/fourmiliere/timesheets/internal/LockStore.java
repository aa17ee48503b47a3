package org.fourmiliere.timesheets.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of locked months ({@code ts_locked_month}). */
@Component
class LockStore {

    private final JdbcClient jdbc;

    LockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest first. */
    List<Locks.LockedMonth> all() {
        return jdbc.sql("SELECT month_start, locked_by, locked_at FROM ts_locked_month ORDER BY month_start DESC")
                .query((rs, n) -> new Locks.LockedMonth(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    List<YearMonth> months() {
        return jdbc.sql("SELECT month_start FROM ts_locked_month")
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class))).list();
    }

    void insert(YearMonth month, String actor, Instant at) {
        jdbc.sql("INSERT INTO ts_locked_month (month_start, locked_by, locked_at) VALUES (:m, :by, :at)")
                .param("m", month.atDay(1)).param("by", actor).param("at", Timestamp.from(at)).update();
    }
}
