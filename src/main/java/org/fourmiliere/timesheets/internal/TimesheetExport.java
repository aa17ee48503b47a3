package org.fourmiliere.timesheets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.fourmiliere.shared.TimeConfig;
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

    private final ExportStore store;

    TimesheetExport(ExportStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public void csv(Long workerId, LocalDate from, LocalDate to, Writer out) {
        write(out, "worker,activity,kind,start,end,billable,day,minutes,note\n");
        store.forEach(workerId, from, to, r -> {
            String worker = r.workerCode() == null ? String.valueOf(r.workerId()) : r.workerCode();
            write(out, csv(worker) + ',' + csv(r.activity()) + ',' + r.kind().toLowerCase()
                    + ',' + (r.start() == null ? "" : CSV_TIME.format(r.start())) + ',' + (r.end() == null ? "" : CSV_TIME.format(r.end()))
                    + ',' + (r.billable() ? "yes" : "no") + ',' + r.day()
                    + ',' + r.minutes() + ',' + csv(r.note()) + '\n');
        });
    }

    @Transactional(readOnly = true)
    public void timeclock(Long workerId, LocalDate from, LocalDate to, Writer out) {
        write(out, "; Fourmilière time entries " + from + " to " + to + " (timeclock format, local time America/Montreal)\n");
        store.forEach(workerId, from, to, r -> {
            String worker = r.workerCode() == null ? "worker" + r.workerId() : r.workerCode();
            String account = (worker + ":" + r.activity()).replace("  ", " ");
            int minutes = r.minutes();
            Instant start, end;
            if (r.start() != null) {
                start = r.start();
                end = r.end();
            } else if (minutes > 0) {
                start = r.day().atStartOfDay(TimeConfig.ZONE).toInstant();
                end = start.plusSeconds(minutes * 60L);
            } else {
                write(out, "; adjustment " + r.day() + " " + account + " " + minutes + " min\n");
                return;
            }
            String note = r.note() == null ? r.kind().toLowerCase() : r.note().replace('\n', ' ');
            write(out, "i " + CLOCK.format(start) + " " + account + "  " + note + "\n");
            write(out, "o " + CLOCK.format(end) + "\n");
        });
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
