package org.fourmiliere.timesheets.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.timesheets.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code ts_month_total} (minutes per worker, month, kind and wage rate in force) and {@code ts_activity_month}
 * (minutes per month, worker, activity, kind and meeting flag) in step with {@code ts_entry_day}, in the same
 * transaction. Writes of one worker are serialised by the worker lock, so
 * the MERGE of a row never races with itself.
 */
@Component
class MonthTotalStore {

    static final String NO_RATE = "DATE '0001-01-01'";

    private static final String MERGE_ONE = """
            MERGE INTO ts_month_total t
            USING (SELECT CAST(:w AS BIGINT) AS worker_id, CAST(:mk AS INT) AS month_key, CAST(:k AS VARCHAR(20)) AS kind,
                          COALESCE((SELECT MAX(effective_from) FROM ts_wage_rate WHERE effective_from <= :d), %s) AS rate_from,
                          CAST(:m AS BIGINT) AS minutes) s
            ON t.worker_id = s.worker_id AND t.month_key = s.month_key AND t.kind = s.kind AND t.rate_from = s.rate_from
            WHEN MATCHED THEN UPDATE SET minutes = t.minutes + s.minutes
            WHEN NOT MATCHED THEN INSERT (worker_id, month_key, kind, rate_from, minutes)
                 VALUES (s.worker_id, s.month_key, s.kind, s.rate_from, s.minutes)""".formatted(NO_RATE);

    /** Per-day rows grouped by worker, month, kind and rate; {@code %s} is a filter on ts_entry_day d. */
    private static final String GROUPED = """
            SELECT x.worker_id, x.month_key, x.kind, x.rate_from, SUM(x.m) AS minutes FROM (
              SELECT d.worker_id, CAST(EXTRACT(YEAR FROM d.work_day) * 100 + EXTRACT(MONTH FROM d.work_day) AS INT) AS month_key,
                     d.kind, COALESCE(r.effective_from, %s) AS rate_from, d.duration_min AS m
              FROM ts_entry_day d
              LEFT JOIN (SELECT effective_from, LEAD(effective_from) OVER (ORDER BY effective_from) AS until FROM ts_wage_rate) r
                ON d.work_day >= r.effective_from AND (r.until IS NULL OR d.work_day < r.until)
              %s) x
            GROUP BY x.worker_id, x.month_key, x.kind, x.rate_from""";

    private static final String MERGE_ACTIVITY = """
            MERGE INTO ts_activity_month t
            USING (SELECT CAST(? AS INT) AS month_key, CAST(? AS BIGINT) AS worker_id, CAST(? AS BIGINT) AS activity_id,
                          CAST(? AS VARCHAR(20)) AS kind, CAST(? AS BOOLEAN) AS meeting, CAST(? AS BIGINT) AS minutes) s
            ON t.month_key = s.month_key AND t.worker_id = s.worker_id AND t.activity_id = s.activity_id
               AND t.kind = s.kind AND t.meeting = s.meeting
            WHEN MATCHED THEN UPDATE SET minutes = t.minutes + s.minutes
            WHEN NOT MATCHED THEN INSERT (month_key, worker_id, activity_id, kind, meeting, minutes)
                 VALUES (s.month_key, s.worker_id, s.activity_id, s.kind, s.meeting, s.minutes)""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    MonthTotalStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Adds (sign 1) or takes away (sign -1) the minutes per day of one entry. */
    void add(long workerId, long activityId, EntryKind kind, boolean meeting, Map<LocalDate, Integer> days, int sign) {
        Map<Integer, Long> perMonth = new java.util.TreeMap<>();
        for (var d : days.entrySet()) {
            if (d.getValue() == 0) continue;
            int monthKey = monthKey(d.getKey());
            jdbc.sql(MERGE_ONE).param("w", workerId).param("mk", monthKey)
                    .param("k", kind.name()).param("d", d.getKey()).param("m", (long) sign * d.getValue()).update();
            perMonth.merge(monthKey, (long) sign * d.getValue(), Long::sum);
        }
        var keys = new java.util.HashMap<ActivityKey, Long>();
        perMonth.forEach((m, minutes) -> keys.put(new ActivityKey(m, workerId, activityId, kind.name(), meeting), minutes));
        addActivityMonths(keys);
    }

    static int monthKey(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    record ActivityKey(int monthKey, long workerId, long activityId, String kind, boolean meeting) {}

    /** Adds minutes per month, worker, activity, kind and meeting flag, in JDBC batches of MERGE statements. */
    void addActivityMonths(Map<ActivityKey, Long> minutes) {
        var rows = new java.util.ArrayList<Object[]>(Math.min(1000, minutes.size()));
        for (var e : minutes.entrySet()) {
            if (e.getValue() == 0) continue;
            ActivityKey k = e.getKey();
            rows.add(new Object[] {k.monthKey(), k.workerId(), k.activityId(), k.kind(), k.meeting(), e.getValue()});
            if (rows.size() == 1000) {
                jdbcTemplate.batchUpdate(MERGE_ACTIVITY, rows);
                rows.clear();
            }
        }
        if (rows.size() == 1) {
            Object[] r = rows.getFirst();
            jdbcTemplate.update(MERGE_ACTIVITY, r);
        } else if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(MERGE_ACTIVITY, rows);
        }
    }

    record Key(long workerId, int monthKey, String kind, LocalDate rateFrom) {}

    /** Adds totals computed elsewhere (an import), in JDBC batches of MERGE statements. */
    void addAll(Map<Key, Long> minutes) {
        String sql = """
                MERGE INTO ts_month_total t
                USING (SELECT CAST(? AS BIGINT) AS worker_id, CAST(? AS INT) AS month_key, CAST(? AS VARCHAR(20)) AS kind,
                              CAST(? AS DATE) AS rate_from, CAST(? AS BIGINT) AS minutes) s
                ON t.worker_id = s.worker_id AND t.month_key = s.month_key AND t.kind = s.kind AND t.rate_from = s.rate_from
                WHEN MATCHED THEN UPDATE SET minutes = t.minutes + s.minutes
                WHEN NOT MATCHED THEN INSERT (worker_id, month_key, kind, rate_from, minutes)
                     VALUES (s.worker_id, s.month_key, s.kind, s.rate_from, s.minutes)""";
        var rows = new java.util.ArrayList<Object[]>(1000);
        for (var e : minutes.entrySet()) {
            Key k = e.getKey();
            rows.add(new Object[] {k.workerId(), k.monthKey(), k.kind(),
                    java.sql.Date.valueOf(k.rateFrom() == null ? LocalDate.of(1, 1, 1) : k.rateFrom()), e.getValue()});
            if (rows.size() == 1000) {
                jdbcTemplate.batchUpdate(sql, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) jdbcTemplate.batchUpdate(sql, rows);
    }

    /** Recomputes every row (after a change of the wage table). */
    void rebuild() {
        jdbc.sql("DELETE FROM ts_month_total").update();
        jdbc.sql("INSERT INTO ts_month_total (worker_id, month_key, kind, rate_from, minutes) " + GROUPED.formatted(NO_RATE, ""))
                .update();
    }

    record Part(String kind, LocalDate rateFrom, long minutes) {}

    List<Part> lifetime() {
        return jdbc.sql("SELECT kind, rate_from, SUM(minutes) FROM ts_month_total GROUP BY kind, rate_from")
                .query((rs, n) -> new Part(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3))).list();
    }
}
