package org.fourmiliere.complexes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.complexes.CreateTask;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.complexes.EditProposalLine;
import org.fourmiliere.complexes.OpenRound;
import org.fourmiliere.complexes.RateTask;
import org.fourmiliere.complexes.RequestProposal;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.complexes.internal.Proposals;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.complexes.web.ComplexesViews.OwnRatingView;
import org.fourmiliere.complexes.web.ComplexesViews.ProposalView;
import org.fourmiliere.complexes.web.ComplexesViews.ReportView;
import org.fourmiliere.complexes.web.ComplexesViews.RoundView;
import org.fourmiliere.complexes.web.ComplexesViews.TaskView;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Tasks, rating rounds, job complexes and assignment proposals over HTTP. Reading tasks and rounds needs
 * VIEW_DIRECTORY, the complexes and proposals TAKE_PART; rating TRACK_TIME (one's own ratings only, never
 * anyone else's: there is no route that takes a rater); opening a round VOTE_WORK_COMMITTEE; tasks, abilities and
 * proposals MANAGE_BODIES (the human-resources committee's decisions on holdings, as for the roles' holders).
 */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1")
@Tag(name = "Job complexes", description = "Tasks of the roles, rating rounds, job complexes and assignment proposals (§5)")
class ComplexesApi {

    record Howto(@NotNull @Size(min = 1, max = 20000) String body) {}

    record SetAbility(@NotNull Ability ability, Integer wish) {}

    record SetClientService(ServiceKind clientService) {}

    record SetAvailability(@NotNull @PositiveOrZero BigDecimal hours) {}

    private final ComplexesService complexes;
    private final Proposals proposals;
    private final ComplexesViews views;
    private final IdempotentRequests idempotent;
    private final org.fourmiliere.complexes.internal.WorkReports reports;

    ComplexesApi(ComplexesService complexes, Proposals proposals, ComplexesViews views, IdempotentRequests idempotent,
                 org.fourmiliere.complexes.internal.WorkReports reports) {
        this.reports = reports;
        this.complexes = complexes;
        this.proposals = proposals;
        this.views = views;
        this.idempotent = idempotent;
    }

    // --- tasks

    @GetMapping("/tasks")
    @Operation(summary = "Every task of every role, with its budget and latest how-to")
    List<TaskView> tasks() {
        return views.tasks();
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One task")
    TaskView task(@PathVariable long id) {
        return views.task(id);
    }

    @GetMapping("/roles/{code}/tasks")
    @Operation(summary = "The tasks of a role")
    List<TaskView> roleTasks(@PathVariable String code) {
        return views.tasks().stream().filter(t -> t.roleCode().equals(code)).toList();
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/tasks")
    @Operation(summary = "Create a task of a role and its INTERNAL activity (Idempotency-Key accepted)")
    ResponseEntity<?> createTask(@Valid @RequestBody CreateTask body,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/tasks " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.task(complexes.createTask(body).id())));
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/tasks/{id}/howto")
    @Operation(summary = "A new version of the task's how-to (Markdown)")
    TaskView howto(@PathVariable long id, @Valid @RequestBody Howto body) {
        complexes.writeHowto(id, body.body());
        return views.task(id);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PutMapping("/tasks/{id}/client-service")
    @Operation(summary = "The service kind whose client work the task takes (null: none); hours on those contracts count on it")
    TaskView clientService(@PathVariable long id, @Valid @RequestBody SetClientService body) {
        complexes.setClientService(id, body.clientService());
        return views.task(id);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PutMapping("/tasks/{id}/abilities/{personId}")
    @Operation(summary = "Whether a person can do the task (CAN, LEARN paired, CANNOT) and their wish (-1, 0, 1)")
    Map<String, Object> ability(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody SetAbility body) {
        complexes.setAbility(id, personId, body.ability(), body.wish() == null ? 0 : body.wish());
        return Map.of("taskId", id, "personId", personId, "ability", body.ability());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PutMapping("/workers/{personId}/availability")
    @Operation(summary = "A worker's available hours per period, for the solver")
    Map<String, Object> availability(@PathVariable long personId, @Valid @RequestBody SetAvailability body) {
        complexes.setAvailability(personId, body.hours());
        return Map.of("personId", personId, "hours", body.hours());
    }

    // --- rating rounds

    @GetMapping("/rating-rounds")
    @Operation(summary = "Every rating round: per task the number of raters, and once closed the means and dispersion")
    List<RoundView> rounds() {
        return views.rounds();
    }

    @GetMapping("/rating-rounds/{id}")
    @Operation(summary = "One rating round")
    RoundView round(@PathVariable long id) {
        return views.round(id);
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/rating-rounds")
    @Operation(summary = "The work committee opens a rating round (Idempotency-Key accepted)")
    ResponseEntity<?> open(@Valid @RequestBody OpenRound body,
                           @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/rating-rounds " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.round(complexes.openRound(body))));
    }

    @Allowed(Permission.TRACK_TIME)
    @GetMapping("/rating-rounds/{id}/my-ratings")
    @Operation(summary = "The signed-in person's own ratings in the round (nobody else's are ever returned)")
    List<OwnRatingView> mine(@PathVariable long id) {
        return views.mine(me(), id);
    }

    @Allowed(Permission.TRACK_TIME)
    @PostMapping("/rating-rounds/{id}/ratings")
    @Operation(summary = "Rate tasks in the open round (1 to 5 on each axis); a second rating replaces the first")
    List<OwnRatingView> rate(@PathVariable long id, @Valid @RequestBody List<@Valid RateTask> body) {
        long me = me();
        for (RateTask r : body) complexes.rate(me, id, r);
        return views.mine(me, id);
    }

    // --- complexes

    @Allowed(Permission.TAKE_PART)
    @GetMapping("/job-complexes")
    @Operation(summary = "Every worker's complex over [from, to] (both included), the spread and the least desirable hours")
    ReportView complexes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "complexes.period.invalid");
        if (from.plusYears(2).isBefore(to)) throw new Problems.InvalidInput("to", "complexes.period.too-long");
        return views.report(from, to);
    }

    // --- budgets and distribution

    @Allowed(Permission.TAKE_PART)
    @GetMapping("/role-budgets")
    @Operation(summary = "Each role's yearly budget against the hours used on its tasks and their cost at the single wage")
    List<org.fourmiliere.complexes.internal.WorkReports.RoleBudget> budgets(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.budgets(from, to);
    }

    @Allowed(Permission.TAKE_PART)
    @GetMapping("/work-distribution")
    @Operation(summary = "Hours by worker, role, task and kind (one's own; everyone's with VIEW_ALL_TIME or MANAGE_BODIES)")
    List<ComplexesViews.DistributionView> distribution(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return views.distribution(from, to);
    }

    // --- proposals

    @Allowed(Permission.TAKE_PART)
    @GetMapping("/assignment-proposals")
    @Operation(summary = "The proposals, the latest first (state and progress)")
    List<Map<String, Object>> proposals() {
        return proposals.all().stream().map(p -> Map.<String, Object>of("id", p.id(), "from", p.from(), "to", p.to(),
                "state", p.state(), "progress", p.progress())).toList();
    }

    @Allowed(Permission.TAKE_PART)
    @GetMapping("/assignment-proposals/{id}")
    @Operation(summary = "A proposal beside today's assignment: spread before and after, per-person changes")
    ProposalView proposal(@PathVariable long id) {
        return views.proposal(id, LocaleContextHolder.getLocale().getLanguage());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/assignment-proposals")
    @Operation(summary = "Ask the solver for a proposal; answers at once (202), the solver runs in the background")
    ResponseEntity<?> request(@Valid @RequestBody RequestProposal body,
                              @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/assignment-proposals " + body, () -> {
            long id = proposals.request(body);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "state", "RUNNING"));
        });
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/assignment-proposals/{id}/lines")
    @Operation(summary = "Edit a line of a ready proposal: the hours of a task given to a person (0: none)")
    ProposalView edit(@PathVariable long id, @Valid @RequestBody EditProposalLine body) {
        proposals.edit(id, body);
        return views.proposal(id, LocaleContextHolder.getLocale().getLanguage());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/assignment-proposals/{id}/accept")
    @Operation(summary = "Accept a ready proposal: today's assignment and the roles' holdings and shares change, once")
    ProposalView accept(@PathVariable long id) {
        proposals.accept(id);
        return views.proposal(id, LocaleContextHolder.getLocale().getLanguage());
    }

    static long me() {
        Long id = SignedIn.require().personId();
        if (id == null) throw new Problems.InvalidInput("rater", "complexes.no-person");
        return id;
    }
}
