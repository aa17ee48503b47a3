package org.fourmiliere.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.fourmiliere.timesheets.internal.TimeEntries.EntryInput;
import org.fourmiliere.timesheets.web.Views.EntryView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Time entries of the caller (and, for coordination and accounting, everyone's in the list). */
@Allowed(Permission.TRACK_TIME)
@ApiController("/api/v1/time-entries")
@Tag(name = "Time entries", description = "Timed entries or a day and a duration; corrections of locked months")
class TimeEntryApi {

    record EntryBody(@Size(max = 80) String activity, OffsetDateTime start, OffsetDateTime end, LocalDate day,
                     Integer minutes, String kind, Boolean billable, @Size(max = 1000) String note, Boolean meeting) {
        EntryInput input() {
            EntryKind k = kind == null ? null : EntryKind.parse(kind)
                    .orElseThrow(() -> new Problems.InvalidInput("kind", "time.entry.kind.invalid"));
            return new EntryInput(activity, start == null ? null : start.toInstant(), end == null ? null : end.toInstant(),
                    day, minutes, k, billable, note, meeting);
        }
    }

    record Adjustment(LocalDate day, Integer minutes, @Size(max = 1000) String note) {}

    private final TimeEntries entries;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    TimeEntryApi(TimeEntries entries, IdempotentRequests idempotent, Clock clock) {
        this.entries = entries;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @AnySignedIn
    @GetMapping
    @Operation(summary = "Entries whose day is between from and to (default: the caller's, this month)")
    List<EntryView> list(@RequestParam(required = false) String worker, @RequestParam(required = false) LocalDate from,
                         @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "1000") int limit) {
        Long w = "all".equals(worker) ? null : worker == null ? null : parseWorker(worker);
        if ("all".equals(worker) && !Me.seesAll()) throw new Problems.NotFound("time.worker.not-found");
        Long who = "all".equals(worker) ? null : Me.workerOrSelf(w);
        LocalDate today = LocalDate.now(clock.withZone(org.fourmiliere.shared.TimeConfig.ZONE));
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? f.plusMonths(1).minusDays(1) : to;
        if (t.isBefore(f)) throw new Problems.InvalidInput("to", "time.period.invalid");
        if (limit < 1 || limit > 10_000) throw new Problems.InvalidInput("limit", "time.limit.invalid", 10_000);
        return entries.list(who, f, t, limit).stream().map(EntryView::of).toList();
    }

    @GetMapping("/{id}")
    EntryView one(@PathVariable long id) {
        var e = entries.get(id).orElseThrow(() -> new Problems.NotFound("time.entry.not-found"));
        Me.workerOrSelf(e.workerId());
        return EntryView.of(e);
    }

    @PostMapping
    @Operation(summary = "Record an entry: start and end (ISO 8601 with offset), or a day and minutes (Idempotency-Key accepted)")
    ResponseEntity<?> create(@Valid @RequestBody EntryBody body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        long worker = Me.worker();
        EntryInput input = body.input();
        return idempotent.once(Me.account(), key, "POST /api/v1/time-entries " + body, () ->
                ResponseEntity.status(HttpStatus.CREATED).body(EntryView.of(entries.create(worker, input, "API"))));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an entry of an open month; absent fields stay as they are")
    EntryView update(@PathVariable long id, @Valid @RequestBody EntryBody body) {
        return EntryView.of(entries.update(Me.worker(), id, body.input()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        entries.delete(Me.worker(), id);
    }

    @PostMapping("/{id}/adjustments")
    @Operation(summary = "Correct an entry of a locked month with an adjusting entry on an open day")
    ResponseEntity<?> adjust(@PathVariable long id, @Valid @RequestBody Adjustment body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        long worker = Me.worker();
        if (body.minutes() == null) throw new Problems.InvalidInput("minutes", "time.entry.minutes.required");
        return idempotent.once(Me.account(), key, "POST /api/v1/time-entries/" + id + "/adjustments " + body, () ->
                ResponseEntity.status(HttpStatus.CREATED).body(EntryView.of(
                        entries.adjust(worker, id, body.day(), body.minutes(), body.note()))));
    }

    static long parseWorker(String worker) {
        try {
            return Long.parseLong(worker.trim());
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput("worker", "time.worker.invalid");
        }
    }
}
