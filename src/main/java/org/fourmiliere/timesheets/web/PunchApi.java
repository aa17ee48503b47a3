package org.fourmiliere.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.fourmiliere.timesheets.web.Views.EntryView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Punch in on an activity, switch (the running punch stops), punch out. */
@Allowed(Permission.TRACK_TIME)
@ApiController("/api/v1/punch")
@Tag(name = "Punch", description = "Punch in, switch, punch out")
class PunchApi {

    /** {@code at}: the punch's real time (ISO 8601 with offset), for a punch recorded offline and sent later; absent: now. */
    record Punch(@NotBlank @Size(max = 80) String activity, String kind, @Size(max = 1000) String note,
                 @Size(max = 40) String at) {}

    record Stop(@Size(max = 40) String at) {}

    record Punched(EntryView running, EntryView stopped) {}

    private final TimeEntries entries;
    private final IdempotentRequests idempotent;

    PunchApi(TimeEntries entries, IdempotentRequests idempotent) {
        this.entries = entries;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "The running punch, if any")
    Punched current() {
        return new Punched(EntryView.of(entries.running(Me.worker()).orElse(null)), null);
    }

    @PostMapping
    @Operation(summary = "Start a punch on an activity, or switch to it (Idempotency-Key accepted)")
    ResponseEntity<?> punch(@Valid @RequestBody Punch body,
                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        long worker = Me.worker();
        EntryKind kind = body.kind() == null ? null : EntryKind.parse(body.kind())
                .orElseThrow(() -> new Problems.InvalidInput("kind", "time.entry.kind.invalid"));
        Instant at = at(body.at());
        return idempotent.once(Me.account(), key, "POST /api/v1/punch " + body, () -> {
            var r = entries.punch(worker, body.activity(), kind, body.note(), at);
            return ResponseEntity.ok(new Punched(EntryView.of(r.running()), EntryView.of(r.stopped())));
        });
    }

    @PostMapping("/stop")
    @Operation(summary = "Stop the running punch, now or at the body's \"at\" (Idempotency-Key accepted)")
    ResponseEntity<?> stop(@Valid @RequestBody(required = false) Stop body,
                           @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        long worker = Me.worker();
        String given = body == null ? null : body.at();
        Instant at = at(given);
        String request = "POST /api/v1/punch/stop" + (given == null ? "" : " " + given);
        return idempotent.once(Me.account(), key, request, () ->
                ResponseEntity.ok(new Punched(null, EntryView.of(entries.stop(worker, at).orElse(null)))));
    }

    private static Instant at(String at) {
        if (at == null || at.isBlank()) return null;
        try {
            return OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Problems.InvalidInput("at", "time.punch.at.invalid");
        }
    }
}
