package org.fourmiliere.timesheets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the totals that do not go through the one reading of hours: lifetime checks and activity budgets. */
@Component
class TimeReportStore {

    /** Minutes of one kind at one hourly rate (null: before the first rate). */
    record KindAtRate(String kind, BigDecimal hourly, long minutes) {}

    private static final String RATES = """
            (SELECT effective_from, hourly, LEAD(effective_from) OVER (ORDER BY effective_from) AS until FROM ts_wage_rate) r
            ON x.work_day >= r.effective_from AND (r.until IS NULL OR x.work_day < r.until)""";

    private final JdbcClient jdbc;

    TimeReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every minute ever worked, per kind and rate in force on its day, from the days of the entries (slow). */
    List<KindAtRate> minutesPerKindAndRateFromDays() {
        return jdbc.sql("""
                SELECT x.kind, r.hourly, SUM(x.m) FROM (
                  SELECT work_day, kind, SUM(duration_min) AS m FROM ts_entry_day GROUP BY work_day, kind) x
                LEFT JOIN """ + RATES + "\n" + """
                GROUP BY x.kind, r.hourly""")
            .query((rs, n) -> new KindAtRate(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3))).list();
    }

    /** The first and last days worked (nulls when none). */
    LocalDate[] firstAndLastDay() {
        return jdbc.sql("SELECT MIN(work_day), MAX(work_day) FROM ts_entry_day")
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).single();
    }

    /** Minutes spent on each activity since it began. */
    Map<Long, Long> minutesPerActivity() {
        Map<Long, Long> spent = new TreeMap<>();
        jdbc.sql("SELECT activity_id, SUM(duration_min) FROM ts_entry_day GROUP BY activity_id")
                .query((rs, n) -> spent.put(rs.getLong(1), rs.getLong(2))).list();
        return spent;
    }

    long minutesOn(long activityId) {
        Long m = jdbc.sql("SELECT SUM(duration_min) FROM ts_entry_day WHERE activity_id = :a").param("a", activityId)
                .query(Long.class).optional().orElse(null);
        return m == null ? 0 : m;
    }
}
