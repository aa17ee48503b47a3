package org.fourmiliere.timesheets.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        if (!q.workers().isEmpty()) sql.append(" AND worker_id IN (:w)");
        if (!q.activities().isEmpty()) sql.append(" AND activity_id IN (:a)");
        if (!q.kinds().isEmpty()) sql.append(" AND kind IN (:k)");
        switch (q.meetings()) {
            case EXCLUDED -> sql.append(" AND meeting = FALSE");
            case ONLY -> sql.append(" AND meeting = TRUE");
            case INCLUDED -> { }
        }
        sql.append("\nGROUP BY ").append(columns);
        var spec = jdbc.sql(sql.toString()).param("f", q.from()).param("t", q.to());
        if (!q.workers().isEmpty()) spec = spec.param("w", List.copyOf(q.workers()));
        if (!q.activities().isEmpty()) spec = spec.param("a", List.copyOf(q.activities()));
        if (!q.kinds().isEmpty()) spec = spec.param("k", q.kinds().stream().map(Enum::name).toList());
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
