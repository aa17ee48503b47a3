package org.fourmiliere.governance.web.quick;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.quick.QuickDecision;
import org.fourmiliere.governance.internal.quick.QuickDecisionService;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.AnswerForm;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.ProposeForm;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.QuickDecisionView;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.VetoForm;
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

/** Quick decisions (§6): the open ones with the business time left, the history; propose, answer, veto. */
@Allowed(Permission.TAKE_PART)
@ApiController("/api/v1/quick-decisions")
@Tag(name = "Quick decisions", description = "Proposals adopted after 48 business hours unless vetoed")
class QuickDecisionsApi {

    private final QuickDecisionService service;
    private final QuickDecisionViews views;
    private final IdempotentRequests idempotent;

    QuickDecisionsApi(QuickDecisionService service, QuickDecisionViews views, IdempotentRequests idempotent) {
        this.service = service;
        this.views = views;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "The open proposals (deadline first), or with status=VETOED/ADOPTED the closed ones (latest first)")
    List<QuickDecisionView> list(@RequestParam(required = false) QuickDecision.Status status) {
        if (status == null || status == QuickDecision.Status.OPEN) return views.list(service.open());
        return views.list(service.closed(status, 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One proposal with its answers and its trail (each step with the mail behind it)")
    QuickDecisionView get(@PathVariable long id) {
        return views.detail(id);
    }

    @PostMapping
    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @Operation(summary = "Propose a quick decision (amount in CAD, at most the cap); every member is notified by e-mail. "
            + "An Idempotency-Key header makes a retry safe.")
    ResponseEntity<?> propose(@Valid @RequestBody ProposeForm body,
                              @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        long me = QuickDecisionViews.me();
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/quick-decisions " + body, () -> {
            QuickDecision q = service.propose(new QuickDecisionService.Proposal(me, body.title(), body.text(), body.money(),
                    service.clock().instant(), QuickDecision.Via.API, null, null));
            return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(q.id()));
        });
    }

    @PostMapping("/{id}/veto")
    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @Operation(summary = "Veto before the deadline: the proposal goes to the next production or reflection meeting")
    QuickDecisionView veto(@PathVariable long id, @Valid @RequestBody(required = false) VetoForm body) {
        service.answer(id, QuickDecisionViews.me(), QuickDecision.Answer.VETO, body == null ? null : body.reason(),
                service.clock().instant(), QuickDecision.Via.API, null);
        return views.detail(id);
    }

    @PostMapping("/{id}/answers")
    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @Operation(summary = "Answer: SUPPORT, ABSTAIN (with a reason) or VETO")
    QuickDecisionView answer(@PathVariable long id, @Valid @RequestBody AnswerForm body) {
        service.answer(id, QuickDecisionViews.me(), body.answer(), body.reason(), service.clock().instant(),
                QuickDecision.Via.API, null);
        return views.detail(id);
    }
}
