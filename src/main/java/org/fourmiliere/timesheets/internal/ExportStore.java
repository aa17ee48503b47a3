package org.fourmiliere.timesheets.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the exports: closed entries of a period, streamed in order, never all held at once. */
@Component
class ExportStore {

    /** One closed entry as exported; {@code workerCode} is null when the worker has none. */
    record Row(long workerId, String workerCode, String activity, String kind, Instant start, Instant end, LocalDate day,
               int minutes, boolean billable, String note) {}

    private static final String SQL = """
            SELECT e.worker_id, w.code AS worker_code, a.code AS activity, e.kind, e.start_at, e.end_at, e.work_day,
                   e.duration_min, e.billable, e.note
            FROM ts_entry e JOIN ts_activity a ON a.id = e.activity_id LEFT JOIN ts_worker w ON w.person_id = e.worker_id
            WHERE e.work_day BETWEEN :f AND :t AND e.duration_min IS NOT NULL AND e.worker_id >= :wmin AND e.worker_id <= :wmax
            ORDER BY e.worker_id, e.work_day, e.start_at, e.id""";

    private final JdbcClient jdbc;

    ExportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The closed entries of a worker (null: everyone) whose day is between from and to, by worker, day and start. */
    void forEach(Long workerId, LocalDate from, LocalDate to, Consumer<Row> each) {
        jdbc.sql(SQL).param("f", from).param("t", to)
                .param("wmin", workerId == null ? Long.MIN_VALUE : workerId).param("wmax", workerId == null ? Long.MAX_VALUE : workerId)
                .withFetchSize(5000)
                .query(rs -> {
                    Timestamp s = rs.getTimestamp("start_at");
                    Timestamp e = rs.getTimestamp("end_at");
                    each.accept(new Row(rs.getLong("worker_id"), rs.getString("worker_code"), rs.getString("activity"),
                            rs.getString("kind"), s == null ? null : s.toInstant(), e == null ? null : e.toInstant(),
                            rs.getObject("work_day", LocalDate.class), rs.getInt("duration_min"), rs.getBoolean("billable"),
                            rs.getString("note")));
                });
    }
}
