package org.fourmiliere.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.internal.MemberCommands.AddDues;
import org.fourmiliere.members.internal.MemberCommands.AddMembership;
import org.fourmiliere.members.internal.MemberCommands.Change;
import org.fourmiliere.members.internal.MemberCommands.End;
import org.fourmiliere.members.internal.MemberCommands.Engage;
import org.fourmiliere.members.internal.MemberCommands.Register;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.members.web.MemberJson.DuesView;
import org.fourmiliere.members.web.MemberJson.EventView;
import org.fourmiliere.members.web.MemberJson.MemberView;
import org.fourmiliere.members.web.MemberJson.MembershipView;
import org.fourmiliere.members.web.MemberJson.WorkerView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The members registry as JSON. A member is the registry entry of a person (INDIVIDUAL) or an organisation
 * (ORGANISATION); creating one also records a membership starting today unless told otherwise.
 */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1/members")
@Tag(name = "Members", description = "The members registry: persons and organisations, memberships, dues, workers")
class MemberApi {

    private final MemberService members;

    MemberApi(MemberService members) {
        this.members = members;
    }

    @InitBinder
    void entryRules(WebDataBinder binder) {
        CommandChecks.addTo(binder);
    }

    @GetMapping
    @Operation(summary = "List members; q searches names and e-mails; filters: kind, goodStanding, worker")
    List<MemberView> list(@RequestParam(required = false) String q, @RequestParam(required = false) MemberKind kind,
                          @RequestParam(required = false) Boolean goodStanding,
                          @RequestParam(required = false) Boolean worker) {
        return members.search(new MemberService.Criteria(q, kind, goodStanding, worker)).stream()
                .map(l -> MemberJson.member(members, l)).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping
    @Operation(summary = "Register a person or an organisation as a member (membership from today unless memberSince is given, none if membership is false)")
    ResponseEntity<MemberView> create(@Valid @RequestBody Register body) {
        long id = members.register(body);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member")
    MemberView read(@PathVariable long id) {
        return view(id);
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of a member (version, if given, must be the current one)")
    MemberView update(@PathVariable long id, @Valid @RequestBody Change body) {
        members.change(id, body);
        return view(id);
    }

    @GetMapping("/{id}/memberships")
    @Operation(summary = "The memberships of a member, latest first")
    List<MembershipView> memberships(@PathVariable long id) {
        members.require(id);
        return members.memberships(id).stream().map(m -> MembershipView.of(m, members.today())).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a membership (since, until)")
    MembershipView addMembership(@PathVariable long id, @Valid @RequestBody AddMembership body) {
        long membershipId = members.recordMembership(body.of(members.require(id).kind(), id));
        return membership(id, membershipId);
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/memberships/{membershipId}/end")
    @Operation(summary = "End a membership on a day (included)")
    MembershipView endMembership(@PathVariable long id, @PathVariable long membershipId, @Valid @RequestBody End body) {
        members.endMembership(id, membershipId, body.day());
        return membership(id, membershipId);
    }

    @GetMapping("/{id}/dues")
    @Operation(summary = "The dues of a member, latest fiscal year first")
    List<DuesView> dues(@PathVariable long id) {
        members.require(id);
        return members.dues(id).stream().map(DuesView::of).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/dues")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the dues of a fiscal year (named by the year it ends: 2027 is 2026-27), in CAD")
    DuesView addDues(@PathVariable long id, @Valid @RequestBody AddDues body) {
        long duesId = members.recordDues(body.of(id, members.fiscalStart()));
        return members.dues(id).stream().filter(d -> d.id() == duesId).findFirst().map(DuesView::of).orElseThrow();
    }

    @GetMapping("/{id}/engagements")
    @Operation(summary = "The worker engagements of a person, latest first")
    List<WorkerView> engagements(@PathVariable long id) {
        members.require(id);
        return members.engagements(id).stream().map(WorkerView::of).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Engage a person as a worker (VOLUNTEER, FREELANCE or SALARIED)")
    WorkerView engage(@PathVariable long id, @Valid @RequestBody Engage body) {
        long engagementId = members.engageWorker(body.of(id));
        return members.engagements(id).stream().filter(e -> e.id() == engagementId).findFirst().map(WorkerView::of)
                .orElseThrow();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what and when, newest first")
    List<EventView> history(@PathVariable long id) {
        members.require(id);
        return members.history(id).stream().map(EventView::of).toList();
    }

    private MembershipView membership(long memberId, long membershipId) {
        return members.memberships(memberId).stream().filter(m -> m.id() == membershipId).findFirst()
                .map(m -> MembershipView.of(m, members.today())).orElseThrow();
    }

    private MemberView view(long id) {
        return MemberJson.member(members, members.describe(members.require(id)));
    }
}
