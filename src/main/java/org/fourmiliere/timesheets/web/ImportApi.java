package org.fourmiliere.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.timesheets.internal.TimesheetImport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** CSV import for scripts: the body is the file; dryRun=true only checks. All rows or none are written. */
@Allowed(Permission.ADMINISTER)
@ApiController("/api/v1/time-entries/import")
@Tag(name = "Time entries")
class ImportApi {

    /** What a file held; after writing, how long it took and the batch (null fields are left out). */
    record ImportView(int rows, long minutes, int workers, long newWorkers, int activities, long newActivities,
                      long readMillis, boolean imported, Long writeMillis, Long analyzeMillis, Long batch) {}

    /** A wrong line, in the reader's language. */
    record LineError(String field, long line, String message) {}

    private final TimesheetImport importer;
    private final MessageSource messages;

    ImportApi(TimesheetImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Import time entries from CSV (worker, activity, kind, start, end, billable)")
    ResponseEntity<?> importCsv(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun) throws Exception {
        long t0 = System.nanoTime();
        TimesheetImport.Parsed parsed;
        try (var reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            parsed = importer.read(reader, n -> { });
        }
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        if (!parsed.ok()) {
            List<LineError> errors = parsed.errors().stream().map(e -> new LineError("line " + e.line(), e.line(),
                    messages.getMessage(e.key(), e.args(), e.key(), LocaleContextHolder.getLocale()))).toList();
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("time.import.has-errors", new Object[] {parsed.errorCount()}, LocaleContextHolder.getLocale()));
            pd.setType(URI.create("https://fourmiliere.org/problems/invalid-input"));
            pd.setTitle(messages.getMessage("problem.title.invalid-input", null, "Invalid input", LocaleContextHolder.getLocale()));
            pd.setProperty("errors", errors);
            pd.setProperty("errorCount", parsed.errorCount());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        if (dryRun) {
            return ResponseEntity.ok(new ImportView(parsed.rows(), parsed.minutes(), parsed.workerCount(), parsed.newWorkers(),
                    parsed.activityCount(), parsed.newActivities(), readMs, false, null, null, null));
        }
        long t1 = System.nanoTime();
        var result = importer.commit(parsed, n -> { });
        long writeMs = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        importer.analyze();
        long analyzeMs = (System.nanoTime() - t2) / 1_000_000;
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportView(parsed.rows(), parsed.minutes(),
                parsed.workerCount(), parsed.newWorkers(), parsed.activityCount(), parsed.newActivities(), readMs, true,
                writeMs, analyzeMs, result.batchId()));
    }
}
