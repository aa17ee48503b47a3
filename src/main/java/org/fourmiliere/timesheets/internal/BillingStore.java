package org.fourmiliere.timesheets.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.timesheets.BillableTime.Unbilled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of billing time: billable unbilled entries of an activity, the billed marks. */
@Repository
class BillingStore {

    /** Closed, billable entries of an activity between two days that carry no billed mark. */
    private static final String UNBILLED = """
            FROM ts_entry e
            WHERE e.activity_id = :a AND e.work_day BETWEEN :f AND :t AND e.billable = TRUE
              AND e.duration_min IS NOT NULL AND e.running_worker IS NULL
              AND NOT EXISTS (SELECT 1 FROM ts_entry_billed b WHERE b.entry_id = e.id)""";

    private final JdbcClient jdbc;

    BillingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unbilled> unbilled(long activityId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT e.worker_id, e.work_day, SUM(e.duration_min) AS minutes, COUNT(e.id) AS entries " + UNBILLED
                        + " GROUP BY e.worker_id, e.work_day ORDER BY e.work_day, e.worker_id")
                .param("a", activityId).param("f", Date.valueOf(from)).param("t", Date.valueOf(to))
                .query((rs, i) -> new Unbilled(rs.getLong("worker_id"), rs.getObject("work_day", LocalDate.class),
                        rs.getLong("minutes"), rs.getInt("entries")))
                .list();
    }

    int markBilled(long activityId, LocalDate from, LocalDate to, String reference, Instant at) {
        return jdbc.sql("INSERT INTO ts_entry_billed (entry_id, reference, billed_at) SELECT e.id, :r, :at " + UNBILLED)
                .param("a", activityId).param("f", Date.valueOf(from)).param("t", Date.valueOf(to))
                .param("r", reference).param("at", Timestamp.from(at))
                .update();
    }

    int unmarkBilled(long activityId, String reference) {
        return jdbc.sql("DELETE FROM ts_entry_billed WHERE reference = :r "
                        + "AND entry_id IN (SELECT e.id FROM ts_entry e WHERE e.activity_id = :a)")
                .param("r", reference).param("a", activityId).update();
    }

    Optional<String> billedBy(long entryId) {
        return jdbc.sql("SELECT reference FROM ts_entry_billed WHERE entry_id = :id").param("id", entryId)
                .query(String.class).optional();
    }

    long minutesOn(long activityId) {
        return jdbc.sql("SELECT COALESCE(SUM(duration_min), 0) FROM ts_entry_day WHERE activity_id = :a")
                .param("a", activityId).query(Long.class).single();
    }

    List<Object[]> paidMinutesPerDay(long activityId) {
        return jdbc.sql("""
                        SELECT work_day, SUM(duration_min) AS minutes FROM ts_entry_day
                        WHERE activity_id = :a AND kind = 'PAID' GROUP BY work_day""")
                .param("a", activityId)
                .query((rs, i) -> new Object[] {rs.getObject("work_day", LocalDate.class), rs.getLong("minutes")})
                .list();
    }

    Optional<Long> activityOfEntry(long entryId) {
        return jdbc.sql("SELECT activity_id FROM ts_entry WHERE id = :id").param("id", entryId).query(Long.class).optional();
    }
}
