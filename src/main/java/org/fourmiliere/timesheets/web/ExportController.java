package org.fourmiliere.timesheets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.timesheets.internal.TimesheetExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports as CSV or timeclock (hledger): one's own entries, or everyone's (worker=all) for those who see every
 * worker's time. Served on the pages ({@code /time/export/...}) and the API ({@code /api/v1/time-entries/export}).
 */
@AnySignedIn
@Controller
class ExportController {

    private final TimesheetExport export;

    ExportController(TimesheetExport export) {
        this.export = export;
    }

    @GetMapping({"/time/export/csv", "/api/v1/time-entries/export"})
    void export(@RequestParam(required = false) String worker,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        Long who;
        if ("all".equals(worker)) {
            if (!Me.seesAll()) throw new Problems.NotFound("time.worker.not-found");
            who = null;
        } else {
            who = Me.workerOrSelf(worker == null ? null : TimeEntryApi.parseWorker(worker));
        }
        LocalDate f = from == null ? LocalDate.of(1970, 1, 1) : from;
        LocalDate t = to == null ? LocalDate.of(9999, 12, 31) : to;
        boolean clock = "timeclock".equals(format);
        response.setContentType(clock ? "text/plain;charset=UTF-8" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"time-entries." + (clock ? "timeclock" : "csv") + "\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            if (clock) export.timeclock(who, f, t, out);
            else export.csv(who, f, t, out);
        }
    }

    @GetMapping("/time/export/timeclock")
    void timeclock(@RequestParam(required = false) String worker,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   HttpServletResponse response) throws IOException {
        export(worker, from, to, "timeclock", response);
    }

}
