package org.fourmiliere.timesheets.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.Hours;
import org.fourmiliere.timesheets.HoursQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the one reading of hours (ADR 0301): minutes per local day from {@code ts_entry_day}, filtered in SQL. */
@Component
class HoursStore {

    private static final EntryKind[] KINDS = EntryKind.values();

    private final JdbcClient jdbc;

    HoursStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One set-based query over the minutes per local day of closed entries ({@code ts_entry_day}, split at local
     * midnight when the entry is written, ADR 0300), grouped as the query's detail asks: by default one row per worker,
     * day, activity, kind and meeting flag.
     */
    Hours minutes(HoursQuery q) {
        if (q.detail() == HoursQuery.Detail.PERIOD) return period(q);
        return fromDays(q);
    }

    /**
     * Minutes per worker, activity, kind and meeting flag over the query: the whole months inside it from the monthly
     * totals ({@code ts_activity_month}, kept with every write), the days before the first and after the last whole
     * month from {@code ts_entry_day}. The same minutes as adding the days, read from about a thirtieth of the rows.
     */
    private Hours period(HoursQuery q) {
        LocalDate firstWhole = q.from().getDayOfMonth() == 1 ? q.from() : q.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = q.to().getDayOfMonth() == q.to().lengthOfMonth() ? q.to().plusDays(1) : q.to().withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) return fromDays(q);
        record Key(long worker, long activity, EntryKind kind, boolean meeting) {}
        Map<Key, Long> sums = new LinkedHashMap<>();
        java.util.function.Consumer<Hours.Row> add = r ->
                sums.merge(new Key(r.workerId(), r.activityId(), r.kind(), r.meeting()), r.minutes(), Long::sum);
        if (q.from().isBefore(firstWhole)) {
            fromDays(new HoursQuery(q.from(), firstWhole.minusDays(1), q.workers(), q.activities(), q.kinds(), q.meetings(),
                    q.detail())).rows().forEach(add);
        }
        monthTotals(q, MonthTotalStore.monthKey(firstWhole), MonthTotalStore.monthKey(afterWhole.minusDays(1)), add);
        if (!afterWhole.isAfter(q.to())) {
            fromDays(new HoursQuery(afterWhole, q.to(), q.workers(), q.activities(), q.kinds(), q.meetings(), q.detail()))
                    .rows().forEach(add);
        }
        List<Hours.Row> rows = new ArrayList<>(sums.size());
        sums.forEach((k, m) -> {
            if (m != 0) rows.add(new Hours.Row(k.worker(), q.from(), k.activity(), k.kind(), k.meeting(), m));
        });
        return new Hours(q, rows);
    }

    private void monthTotals(HoursQuery q, int firstMonth, int lastMonth, java.util.function.Consumer<Hours.Row> add) {
        StringBuilder sql = new StringBuilder("SELECT worker_id, activity_id, kind, meeting, SUM(minutes) FROM ts_activity_month\n"
                + "WHERE month_key BETWEEN :f AND :t");
        filter(sql, q);
        sql.append("\nGROUP BY worker_id, activity_id, kind, meeting");
        var spec = bind(jdbc.sql(sql.toString()).param("f", firstMonth).param("t", lastMonth), q);
        spec.query(rs -> {
            add.accept(new Hours.Row(rs.getLong(1), q.from(), rs.getLong(2), kind(rs.getString(3)), rs.getBoolean(4), rs.getLong(5)));
        });
    }

    /** The query's filters on workers, activities, kinds and meetings: the same columns in both tables of minutes. */
    private static void filter(StringBuilder sql, HoursQuery q) {
        if (!q.workers().isEmpty()) sql.append(" AND worker_id IN (:w)");
        if (!q.activities().isEmpty()) sql.append(" AND activity_id IN (:a)");
        if (!q.kinds().isEmpty()) sql.append(" AND kind IN (:k)");
        switch (q.meetings()) {
            case EXCLUDED -> sql.append(" AND meeting = FALSE");
            case ONLY -> sql.append(" AND meeting = TRUE");
            case INCLUDED -> { }
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, HoursQuery q) {
        if (!q.workers().isEmpty()) spec = spec.param("w", List.copyOf(q.workers()));
        if (!q.activities().isEmpty()) spec = spec.param("a", List.copyOf(q.activities()));
        if (!q.kinds().isEmpty()) spec = spec.param("k", q.kinds().stream().map(Enum::name).toList());
        return spec;
    }

    /** The minutes per local day of the query's entries, grouped in SQL as its detail asks. */
    private Hours fromDays(HoursQuery q) {
        String columns = switch (q.detail()) {
            case ACTIVITY_AND_KIND -> "worker_id, work_day, activity_id, kind, meeting";
            case DAY_AND_KIND -> "worker_id, work_day, kind";
            case WORKER_AND_DAY -> "worker_id, work_day";
            case PERIOD -> "worker_id, activity_id, kind, meeting";
            // the month of each local day, as a number (yyyymm), the same expression on H2 and PostgreSQL
            case WORKER_AND_MONTH -> "worker_id, CAST(EXTRACT(YEAR FROM work_day) * 100 + EXTRACT(MONTH FROM work_day) AS INT)";
        };
        StringBuilder sql = new StringBuilder("SELECT " + columns + ", SUM(duration_min) FROM ts_entry_day\n"
                + "WHERE work_day BETWEEN :f AND :t");
        filter(sql, q);
        sql.append("\nGROUP BY ").append(columns);
        var spec = bind(jdbc.sql(sql.toString()).param("f", q.from()).param("t", q.to()), q);
        List<Hours.Row> rows = new ArrayList<>();
        boolean onlyMeetings = q.meetings() == HoursQuery.Meetings.ONLY;
        switch (q.detail()) {
            case ACTIVITY_AND_KIND -> spec.query(rs -> {
                rows.add(new Hours.Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), kind(rs.getString(4)),
                        rs.getBoolean(5), rs.getLong(6)));
            });
            case DAY_AND_KIND -> spec.query(rs -> {
                rows.add(new Hours.Row(rs.getLong(1), rs.getObject(2, LocalDate.class), 0, kind(rs.getString(3)), onlyMeetings,
                        rs.getLong(4)));
            });
            case PERIOD -> spec.query(rs -> {
                rows.add(new Hours.Row(rs.getLong(1), q.from(), rs.getLong(2), kind(rs.getString(3)), rs.getBoolean(4), rs.getLong(5)));
            });
            case WORKER_AND_DAY -> spec.query(rs -> {
                rows.add(new Hours.Row(rs.getLong(1), rs.getObject(2, LocalDate.class), 0, null, onlyMeetings, rs.getLong(3)));
            });
            case WORKER_AND_MONTH -> spec.query(rs -> {
                int month = rs.getInt(2);
                rows.add(new Hours.Row(rs.getLong(1), LocalDate.of(month / 100, month % 100, 1), 0, null, onlyMeetings, rs.getLong(3)));
            });
        }
        return new Hours(q, rows);
    }

    private static EntryKind kind(String name) {
        for (EntryKind k : KINDS) if (k.name().equals(name)) return k;
        throw new IllegalStateException("unknown kind " + name);
    }

}
