package org.fourmiliere.requests.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.requests.internal.Ticket;
import org.fourmiliere.requests.internal.TicketStatus;
import org.fourmiliere.requests.internal.Viewer;
import org.fourmiliere.requests.web.RequestViews.QueueView;
import org.fourmiliere.requests.web.RequestViews.TicketDetail;
import org.fourmiliere.requests.web.RequestViews.TicketView;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Requests over HTTP. Workers (HANDLE_REQUESTS) see every ticket and write; anyone else signed in sees only the
 * tickets they are a party of (another's ticket: 404), without internal comments.
 */
@AnySignedIn
@ApiController("/api/v1")
@Tag(name = "Requests", description = "Queues and tickets fed by e-mail (§10)")
class RequestsApi {

    record NewTicket(@NotBlank @Email @Size(max = 320) String email, @Size(max = 200) String name,
                     @NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 100000) String text,
                     @Size(max = 40) String queue, @Size(max = 2) String language) {}

    record ReplyBody(@NotBlank @Size(max = 100000) String text, @Positive @Max(1440) Integer minutes, String status) {}

    record StatusBody(@NotBlank String status) {}

    record OwnerBody(Long ownerId) {}

    record PriorityBody(@NotNull @Min(0) @Max(99) Integer priority) {}

    record QueueBody(@NotBlank @Size(max = 40) String queue) {}

    record MergeBody(@NotNull @Positive Long into) {}

    record LinkBody(@NotBlank String kind, @NotNull @Positive Long otherId) {}

    record QueueCreation(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String nameFr,
                         @NotBlank @Size(max = 200) String nameEn, List<@Size(max = 320) String> addresses,
                         @Size(max = 80) String roleCode, @Positive Integer firstResponseMinutes,
                         @Positive Integer resolutionMinutes, Boolean autoAck, @Min(1) @Max(2) Integer level,
                         @Size(max = 40) String escalatesTo) {}

    record AutomationBody(@NotBlank String onEvent, @NotBlank String action, @Size(max = 100) String keyword,
                          @Min(0) @Max(99) Integer priority) {}

    record DueDateBody(@Schema(description = "the due date, or null for none", example = "2027-01-15") LocalDate dueOn) {}

    record TagsBody(@NotNull @Size(max = 200) @Schema(description = "the tags; trimmed, in lower case, each once; "
            + "at most 20 of at most 40 letters, digits, '-', '_', '.'") List<String> tags) {}

    record FieldDefinition(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String labelFr,
                           @NotBlank @Size(max = 200) String labelEn,
                           @NotBlank @Schema(allowableValues = {"TEXT", "NUMBER", "DATE", "CHOICE"}) String kind,
                           @Size(max = 30) List<@Size(max = 100) String> choices, Boolean required) {}

    private final RequestService service;
    private final RequestViews views;
    private final IdempotentRequests idempotent;

    RequestsApi(RequestService service, RequestViews views, IdempotentRequests idempotent) {
        this.service = service;
        this.views = views;
        this.idempotent = idempotent;
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @GetMapping("/queues")
    @Operation(summary = "Every queue with its addresses, role, targets (office minutes) and level")
    List<QueueView> queues() {
        return views.queues();
    }

    @Allowed(Permission.ADMINISTER)
    @PostMapping("/queues")
    @Operation(summary = "Creates a queue (its addresses are received after the next restart)")
    ResponseEntity<QueueView> createQueue(@Valid @RequestBody QueueCreation body) {
        var q = service.createQueue(new RequestService.NewQueue(body.code(), body.nameFr(), body.nameEn(), body.addresses(),
                body.roleCode(), body.firstResponseMinutes(), body.resolutionMinutes(), !Boolean.FALSE.equals(body.autoAck()),
                body.level() == null ? 1 : body.level(), body.escalatesTo()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.queues().stream().filter(v -> v.id() == q.id()).findFirst().orElseThrow());
    }

    @Allowed(Permission.ADMINISTER)
    @PostMapping("/queues/{code}/automations")
    @Operation(summary = "Adds an automation to a queue: on CREATE/REPLY/STATUS → NOTIFY_OWNER, NOTIFY_QUEUE, SET_PRIORITY, ASSIGN_ROLE")
    ResponseEntity<?> automation(@PathVariable String code, @Valid @RequestBody AutomationBody body) {
        long id = service.addAutomation(code, body.onEvent(), body.action(), body.keyword(), body.priority());
        return ResponseEntity.status(HttpStatus.CREATED).body(java.util.Map.of("id", id));
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @GetMapping("/queues/{code}/fields")
    @Operation(summary = "The custom fields of a queue, in their order")
    List<RequestViews.FieldView> fields(@PathVariable String code) {
        return views.fields(code);
    }

    @Allowed(Permission.ADMINISTER)
    @PostMapping("/queues/{code}/fields")
    @Operation(summary = "Adds a custom field to a queue: code, labels, kind TEXT | NUMBER | DATE | CHOICE (with its choices), required")
    ResponseEntity<RequestViews.FieldView> defineField(@PathVariable String code, @Valid @RequestBody FieldDefinition body) {
        var f = service.defineField(code, new RequestService.NewField(body.code(), body.labelFr(), body.labelEn(), body.kind(),
                body.choices(), Boolean.TRUE.equals(body.required())));
        return ResponseEntity.status(HttpStatus.CREATED).body(RequestViews.field(f, code));
    }

    @GetMapping("/tickets")
    @Operation(summary = "Tickets, newest first; q= searches subjects, messages and comments (French and English, accents ignored); tag= keeps those with the tag")
    List<TicketView> tickets(@RequestParam(required = false) String q, @RequestParam(required = false) String queue,
                             @RequestParam(required = false) List<String> status, @RequestParam(required = false) Long owner,
                             @RequestParam(defaultValue = "false") boolean unowned,
                             @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String tag) {
        Viewer viewer = RequestViews.viewer();
        Long queueId = queue == null || queue.isBlank() ? null : service.queue(queue).id();
        List<TicketStatus> statuses = status == null ? List.of() : status.stream().map(s -> TicketStatus.parse(s)
                .orElseThrow(() -> new Problems.InvalidInput("status", "requests.status.invalid"))).toList();
        if (limit < 1 || limit > 1000) throw new Problems.InvalidInput("limit", "requests.limit.invalid");
        var filter = new RequestService.Filter(queueId, statuses, owner, unowned, limit, Ticket.normalTag(tag));
        List<Ticket> found = q == null || q.isBlank() ? service.list(filter, viewer) : service.search(q, filter, viewer);
        return views.tickets(found);
    }

    @GetMapping("/tickets/search")
    @Operation(summary = "Full-text search (the same as /tickets?q=)")
    List<TicketView> search(@RequestParam String q, @RequestParam(required = false) String queue,
                            @RequestParam(required = false) List<String> status) {
        return tickets(q, queue, status, null, false, 100, null);
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "One ticket with its conversation (and, for workers, comments and history)")
    TicketDetail ticket(@PathVariable long id) {
        return views.detail(id, RequestViews.viewer());
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets")
    @Operation(summary = "Opens a ticket for a requester (Idempotency-Key accepted); the requester is acknowledged")
    ResponseEntity<?> create(@Valid @RequestBody NewTicket body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/tickets " + body, () -> {
            Ticket t = service.openFromForm(new RequestService.NewRequest(body.name(), body.email(), body.subject(),
                    body.text(), body.queue(), body.language()));
            return ResponseEntity.status(HttpStatus.CREATED).body(views.ticket(t));
        });
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/correspondence")
    @Operation(summary = "Replies to the requesters and Cc (Markdown; optional minutes worked and status after)")
    ResponseEntity<TicketDetail> correspond(@PathVariable long id, @Valid @RequestBody ReplyBody body) {
        SignedIn me = SignedIn.require();
        service.reply(id, requirePerson(me), me.email(), reply(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(id, RequestViews.viewer()));
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/comments")
    @Operation(summary = "An internal comment, never sent to the requester (optional minutes worked)")
    ResponseEntity<TicketDetail> comment(@PathVariable long id, @Valid @RequestBody ReplyBody body) {
        SignedIn me = SignedIn.require();
        service.comment(id, requirePerson(me), me.email(), reply(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(id, RequestViews.viewer()));
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/status")
    @Operation(summary = "Changes the status: OPEN, WAITING (for the requester: the clock stops), RESOLVED, REJECTED")
    TicketView status(@PathVariable long id, @Valid @RequestBody StatusBody body) {
        service.setStatus(id, TicketStatus.parse(body.status())
                .orElseThrow(() -> new Problems.InvalidInput("status", "requests.status.invalid")), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/owner")
    @Operation(summary = "Takes, steals or assigns the ticket (ownerId null: nobody)")
    TicketView owner(@PathVariable long id, @RequestBody OwnerBody body) {
        service.setOwner(id, body == null ? null : body.ownerId(), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/priority")
    @Operation(summary = "Sets the priority (0–99)")
    TicketView priority(@PathVariable long id, @Valid @RequestBody PriorityBody body) {
        service.setPriority(id, body.priority(), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/queue")
    @Operation(summary = "Moves the ticket to another queue (its history stays)")
    TicketView queue(@PathVariable long id, @Valid @RequestBody QueueBody body) {
        service.move(id, body.queue(), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/escalate")
    @Operation(summary = "Escalates to the queue's second level")
    TicketView escalate(@PathVariable long id) {
        service.escalate(id, SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/merge")
    @Operation(summary = "Merges this ticket into another: both histories kept, this number leads to the other")
    TicketView merge(@PathVariable long id, @Valid @RequestBody MergeBody body) {
        service.merge(id, body.into(), SignedIn.require().email());
        return views.ticket(service.ticket(body.into(), RequestViews.viewer()));
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/links")
    @Operation(summary = "Links the ticket to another: DEPENDS_ON or REFERS_TO")
    TicketDetail link(@PathVariable long id, @Valid @RequestBody LinkBody body) {
        service.link(id, body.kind(), body.otherId(), SignedIn.require().email());
        return views.detail(id, RequestViews.viewer());
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/due-date")
    @Operation(summary = "Sets the due date (YYYY-MM-DD), or removes it with null")
    TicketView dueDate(@PathVariable long id, @RequestBody DueDateBody body) {
        service.setDueDate(id, body.dueOn(), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/tags")
    @Operation(summary = "Replaces the tags (trimmed, in lower case, each once; at most 20 of at most 40 characters)")
    TicketView tags(@PathVariable long id, @Valid @RequestBody TagsBody body) {
        service.setTags(id, body.tags(), SignedIn.require().email());
        return current(id);
    }

    @Allowed(Permission.HANDLE_REQUESTS)
    @PostMapping("/tickets/{id}/fields")
    @Operation(summary = "Sets custom fields of the ticket's queue by code ({\"code\": \"value\"}; null or \"\" removes a value); "
            + "each value checked by its field's kind, required fields kept filled")
    TicketDetail setFields(@PathVariable long id, @RequestBody java.util.Map<String, String> body) {
        service.setFields(id, body, SignedIn.require().email());
        return views.detail(id, RequestViews.viewer());
    }

    private static RequestService.Reply reply(ReplyBody body) {
        TicketStatus after = body.status() == null || body.status().isBlank() ? null : TicketStatus.parse(body.status())
                .orElseThrow(() -> new Problems.InvalidInput("status", "requests.status.invalid"));
        return new RequestService.Reply(body.text(), body.minutes(), after);
    }

    private static long requirePerson(SignedIn me) {
        if (me.personId() == null) throw new Problems.Conflict("person", "requests.reply.noPerson");
        return me.personId();
    }

    /** The ticket as the caller sees it now, after a change. */
    private TicketView current(long id) {
        return views.ticket(service.ticket(id, RequestViews.viewer()));
    }
}
