package org.fourmiliere.timesheets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports closed entries whose day is in a period: CSV (the import's columns, then day, minutes and note) and
 * the timeclock format hledger reads ({@code i}/{@code o} lines in local time, account {@code worker:activity}).
 */
@Service
public class TimesheetExport {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(TimeConfig.ZONE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TimeConfig.ZONE);

    private final JdbcClient jdbc;

    TimesheetExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SQL = """
            SELECT e.worker_id, w.code AS worker_code, a.code AS activity, e.kind, e.start_at, e.end_at, e.work_day,
                   e.duration_min, e.billable, e.note
            FROM ts_entry e JOIN ts_activity a ON a.id = e.activity_id LEFT JOIN ts_worker w ON w.person_id = e.worker_id
            WHERE e.work_day BETWEEN :f AND :t AND e.duration_min IS NOT NULL AND e.worker_id >= :wmin AND e.worker_id <= :wmax
            ORDER BY e.worker_id, e.work_day, e.start_at, e.id""";

    @Transactional(readOnly = true)
    public void csv(Long workerId, LocalDate from, LocalDate to, Writer out) {
        write(out, "worker,activity,kind,start,end,billable,day,minutes,note\n");
        query(workerId, from, to).query(rs -> {
            String worker = rs.getString("worker_code") == null ? String.valueOf(rs.getLong("worker_id")) : rs.getString("worker_code");
            var s = rs.getTimestamp("start_at");
            var e = rs.getTimestamp("end_at");
            write(out, csv(worker) + ',' + csv(rs.getString("activity")) + ',' + rs.getString("kind").toLowerCase()
                    + ',' + (s == null ? "" : CSV_TIME.format(s.toInstant())) + ',' + (e == null ? "" : CSV_TIME.format(e.toInstant()))
                    + ',' + (rs.getBoolean("billable") ? "yes" : "no") + ',' + rs.getObject("work_day", LocalDate.class)
                    + ',' + rs.getInt("duration_min") + ',' + csv(rs.getString("note")) + '\n');
        });
    }

    @Transactional(readOnly = true)
    public void timeclock(Long workerId, LocalDate from, LocalDate to, Writer out) {
        write(out, "; Fourmilière time entries " + from + " to " + to + " (timeclock format, local time America/Montreal)\n");
        query(workerId, from, to).query(rs -> {
            String worker = rs.getString("worker_code") == null ? "worker" + rs.getLong("worker_id") : rs.getString("worker_code");
            String account = (worker + ":" + rs.getString("activity")).replace("  ", " ");
            var s = rs.getTimestamp("start_at");
            int minutes = rs.getInt("duration_min");
            Instant start, end;
            if (s != null) {
                start = s.toInstant();
                end = rs.getTimestamp("end_at").toInstant();
            } else if (minutes > 0) {
                start = rs.getObject("work_day", LocalDate.class).atStartOfDay(TimeConfig.ZONE).toInstant();
                end = start.plusSeconds(minutes * 60L);
            } else {
                write(out, "; adjustment " + rs.getObject("work_day", LocalDate.class) + " " + account + " " + minutes + " min\n");
                return;
            }
            String note = rs.getString("note") == null ? rs.getString("kind").toLowerCase() : rs.getString("note").replace('\n', ' ');
            write(out, "i " + CLOCK.format(start) + " " + account + "  " + note + "\n");
            write(out, "o " + CLOCK.format(end) + "\n");
        });
    }

    private JdbcClient.StatementSpec query(Long workerId, LocalDate from, LocalDate to) {
        return jdbc.sql(SQL).param("f", from).param("t", to)
                .param("wmin", workerId == null ? Long.MIN_VALUE : workerId).param("wmax", workerId == null ? Long.MAX_VALUE : workerId)
                .withFetchSize(5000);
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
