package org.fourmiliere.timesheets.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.fourmiliere.timesheets.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of an import: workers by code, recorded spans to check against, entries written in multi-row inserts (no
 * COPY, the same on H2 and PostgreSQL), their minutes per day, and the planner's statistics afterwards. Entries that
 * cross local midnight are written with the batch's number negated, split into days, then given the batch's number.
 */
@Component
class TimesheetImportStore {

    /** One row to write: {@code spansDays} when it crosses local midnight. */
    record Row(long workerId, long activityId, Instant start, Instant end, LocalDate day, int minutes, EntryKind kind,
               boolean billable, boolean meeting, boolean spansDays) {}

    /** An entry of the batch that crosses local midnight, to split into days. */
    record Spanning(long id, long workerId, long activityId, String kind, boolean billable, boolean meeting, Instant start,
                    Instant end) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TimesheetImportStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Optional<Long> workerByCode(String code) {
        return jdbc.sql("SELECT person_id FROM ts_worker WHERE code = :c").param("c", code).query(Long.class).optional();
    }

    /** The spans (epoch seconds: start, end) of the worker's recorded entries that meet [from, to). */
    List<long[]> recordedSpans(long workerId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT start_at, end_at FROM ts_entry WHERE worker_id = :w AND end_at > :s AND start_at < :e""")
            .param("w", workerId).param("s", Timestamp.from(from)).param("e", Timestamp.from(to))
            .query((rs, n) -> new long[] {rs.getTimestamp(1).toInstant().getEpochSecond(), rs.getTimestamp(2).toInstant().getEpochSecond()})
            .list();
    }

    /** The worker's row, with the import's code when it has none yet (an e-mail is no code). */
    void ensureWorker(long personId, String codeOrNull) {
        jdbc.sql("INSERT INTO ts_worker (person_id) VALUES (:p) ON CONFLICT DO NOTHING").param("p", personId).update();
        if (codeOrNull != null) {
            jdbc.sql("UPDATE ts_worker SET code = :c WHERE person_id = :p AND code IS NULL").param("c", codeOrNull)
                    .param("p", personId).update();
        }
    }

    /** One multi-row insert of {@code rows}. */
    void insert(List<Row> rows, long batch, Instant createdAt) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO ts_entry (worker_id, activity_id, start_at, end_at, work_day, duration_min, kind, billable,
                    meeting, source, batch_id, created_at) VALUES """);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("src", "IMPORT");
        params.put("batch", batch);
        params.put("spanning", -batch);
        params.put("now", Timestamp.from(createdAt));
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (k > 0) sql.append(',');
            sql.append("(:w").append(k).append(",:a").append(k).append(",:s").append(k).append(",:e").append(k)
                    .append(",:d").append(k).append(",:m").append(k).append(",:k").append(k).append(",:b").append(k)
                    .append(",:mt").append(k);
            sql.append(r.spansDays() ? ",:src,:spanning,:now)" : ",:src,:batch,:now)");
            params.put("w" + k, r.workerId());
            params.put("a" + k, r.activityId());
            params.put("s" + k, Timestamp.from(r.start()));
            params.put("e" + k, Timestamp.from(r.end()));
            params.put("d" + k, r.day());
            params.put("m" + k, r.minutes());
            params.put("k" + k, r.kind().name());
            params.put("b" + k, r.billable());
            params.put("mt" + k, r.meeting());
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Minutes per day of the batch's entries within one day: one row each. */
    void insertDaysOfBatch(long batch) {
        jdbc.sql("""
                INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                SELECT id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min FROM ts_entry
                WHERE batch_id = :b""")
            .param("b", batch).update();
    }

    /** The batch's entries across midnight (written with the batch's number negated). */
    List<Spanning> spanning(long batch) {
        return jdbc.sql("""
                SELECT e.id, e.worker_id, e.activity_id, e.kind, e.billable, e.meeting, e.start_at, e.end_at FROM ts_entry e
                WHERE e.batch_id = :b""")
            .param("b", -batch)
            .query((rs, n) -> new Spanning(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                    rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant())).list();
    }

    void insertDay(Spanning s, LocalDate day, int minutes) {
        jdbc.sql("""
                INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                VALUES (:id, :d, :w, :a, :k, :b, :mt, :m)""")
            .param("id", s.id()).param("d", day).param("w", s.workerId()).param("a", s.activityId())
            .param("k", s.kind()).param("b", s.billable()).param("mt", s.meeting()).param("m", minutes)
            .update();
    }

    /** Gives the batch's number to its entries across midnight, once split. */
    void settle(long batch) {
        jdbc.sql("UPDATE ts_entry SET batch_id = :b WHERE batch_id = :nb").param("b", batch).param("nb", -batch).update();
    }

    /** Refreshes the planner's statistics of the time tables (outside any transaction); best effort. */
    void analyze() {
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            for (String t : List.of("ts_entry", "ts_entry_day", "ts_month_total", "ts_activity_month", "ts_worker", "ts_activity")) {
                st.execute(postgres ? "ANALYZE " + t : "ANALYZE TABLE " + t);
            }
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(TimesheetImportStore.class).warn("ANALYZE after import failed: {}", e.getMessage());
        }
    }
}
