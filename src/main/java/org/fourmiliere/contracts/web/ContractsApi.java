package org.fourmiliere.contracts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.contracts.Commands.BillHours;
import org.fourmiliere.contracts.Commands.GridQuote;
import org.fourmiliere.contracts.Commands.Grouping;
import org.fourmiliere.contracts.Commands.MoveStage;
import org.fourmiliere.contracts.Commands.NewContract;
import org.fourmiliere.contracts.Commands.NewMilestone;
import org.fourmiliere.contracts.Commands.NewOpportunity;
import org.fourmiliere.contracts.Commands.NewPartner;
import org.fourmiliere.contracts.Commands.NewRate;
import org.fourmiliere.contracts.internal.Contract;
import org.fourmiliere.contracts.internal.ContractsService;
import org.fourmiliere.contracts.internal.PipelineService;
import org.fourmiliere.contracts.internal.ReviewMinutes;
import org.fourmiliere.contracts.web.ContractsViews.BudgetView;
import org.fourmiliere.contracts.web.ContractsViews.ContractDetail;
import org.fourmiliere.contracts.web.ContractsViews.ContractView;
import org.fourmiliere.contracts.web.ContractsViews.DocumentView;
import org.fourmiliere.contracts.web.ContractsViews.DraftView;
import org.fourmiliere.contracts.web.ContractsViews.FreelancerBillView;
import org.fourmiliere.contracts.web.ContractsViews.MilestoneView;
import org.fourmiliere.contracts.web.ContractsViews.OpportunityDetail;
import org.fourmiliere.contracts.web.ContractsViews.OpportunityView;
import org.fourmiliere.contracts.web.ContractsViews.PartnerView;
import org.fourmiliere.contracts.web.ContractsViews.ProfitabilityView;
import org.fourmiliere.contracts.web.ContractsViews.RateView;
import org.fourmiliere.contracts.web.ContractsViews.ReviewView;
import org.fourmiliere.contracts.web.ContractsViews.StageChangeView;
import org.fourmiliere.contracts.web.ContractsViews.WeightedView;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rates, partners, the pipeline and contracts over HTTP. Every worker reads (READ_BOOKS: transparency); workers move
 * opportunities (TAKE_PART); whoever keeps the books sets rates, makes contracts and issues their invoices (KEEP_BOOKS).
 */
@Allowed(Permission.READ_BOOKS)
@ApiController("/api/v1")
@Tag(name = "Contracts", description = "Rate grid, partner agreements, opportunities, contracts and billing from time (§10)")
class ContractsApi {

    private final ContractsService contracts;
    private final PipelineService pipeline;
    private final ReviewMinutes reviewMinutes;
    private final IdempotentRequests idempotent;

    ContractsApi(ContractsService contracts, PipelineService pipeline, ReviewMinutes reviewMinutes, IdempotentRequests idempotent) {
        this.contracts = contracts;
        this.pipeline = pipeline;
        this.reviewMinutes = reviewMinutes;
        this.idempotent = idempotent;
    }

    // --- rates and partners

    @GetMapping("/rates")
    @Operation(summary = "The rate grid: every dated rate, or those in force on a day (on=)")
    List<RateView> rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        var grid = contracts.grid();
        return (on == null ? grid.rates() : grid.inForceOn(on)).stream().map(RateView::of).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/rates")
    @Operation(summary = "Set an hourly rate of a service for a kind of client from a day")
    ResponseEntity<RateView> setRate(@Valid @RequestBody NewRate body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(RateView.of(contracts.setRate(body)));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/rates/quote")
    @Operation(summary = "Issue a quote priced from the grid (and the customer's partner agreement); Idempotency-Key accepted")
    ResponseEntity<?> quote(@Valid @RequestBody GridQuote body,
                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/rates/quote " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.of(contracts.quoteFromGrid(body))));
    }

    @GetMapping("/partners")
    @Operation(summary = "Partner agreements")
    List<PartnerView> partners() {
        return contracts.partners().stream().map(PartnerView::of).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/partners")
    @Operation(summary = "Record a partner agreement: a preferential rate or a discount for a period")
    ResponseEntity<PartnerView> addPartner(@Valid @RequestBody NewPartner body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(PartnerView.of(contracts.addPartner(body)));
    }

    // --- the pipeline

    @GetMapping("/opportunities")
    @Operation(summary = "Every opportunity, optionally of one stage")
    List<OpportunityView> opportunities(@RequestParam(required = false) org.fourmiliere.contracts.Stage stage) {
        LocalDate today = pipeline.today();
        return pipeline.all().stream().filter(o -> stage == null || o.stage() == stage)
                .map(o -> OpportunityView.of(o, today)).toList();
    }

    @GetMapping("/opportunities/{id}")
    @Operation(summary = "An opportunity with its stage history")
    OpportunityDetail opportunity(@PathVariable long id) {
        return new OpportunityDetail(OpportunityView.of(pipeline.get(id), pipeline.today()),
                pipeline.history(id).stream().map(StageChangeView::of).toList());
    }

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/opportunities")
    @Operation(summary = "Record a request (an opportunity at the REQUEST stage); Idempotency-Key accepted")
    ResponseEntity<?> createOpportunity(@Valid @RequestBody NewOpportunity body,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        SignedIn me = SignedIn.require();
        return idempotent.once(me.accountId(), key, "POST /api/v1/opportunities " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(OpportunityView.of(pipeline.create(body, me.email()), pipeline.today())));
    }

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/opportunities/{id}/stage")
    @Operation(summary = "Move an opportunity to a stage (a lost one says why)")
    OpportunityView move(@PathVariable long id, @Valid @RequestBody MoveStage body) {
        return OpportunityView.of(pipeline.move(id, body, SignedIn.require().email()), pipeline.today());
    }

    @GetMapping("/opportunities/weighted")
    @Operation(summary = "The weighted pipeline (estimate × chance) of open opportunities per month and team")
    List<WeightedView> weighted() {
        return WeightedView.of(pipeline.weighted());
    }

    @GetMapping("/opportunities/review")
    @Operation(summary = "What changed since the last review day (new, moved, won, lost, overdue)")
    ReviewView review(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        return ReviewView.of(pipeline.review(since));
    }

    record ReviewIntoMinutes(@jakarta.validation.constraints.NotNull Long meetingId,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {}

    record MinutesView(long meetingId, LocalDate day, int minutesVersion, String minutes) {}

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/opportunities/review/minutes")
    @Operation(summary = "Add the weekly review (since the previous production meeting, or since=) to a production meeting's minutes")
    MinutesView intoMinutes(@Valid @RequestBody ReviewIntoMinutes body) {
        var m = reviewMinutes.append(body.meetingId(), body.since(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return new MinutesView(m.id(), m.day(), m.minutesVersion(), m.minutes());
    }

    // --- contracts

    @GetMapping("/contracts")
    @Operation(summary = "Every contract")
    List<ContractView> contracts() {
        return contracts.contracts().stream().map(ContractView::of).toList();
    }

    @GetMapping("/contracts/{id}")
    @Operation(summary = "A contract with its hours against its budget and its milestones")
    ContractDetail contract(@PathVariable long id) {
        Contract c = contracts.contract(id);
        return new ContractDetail(ContractView.of(c), BudgetView.of(contracts.budget(id)),
                contracts.milestones(id).stream().map(m -> new MilestoneView(m.id(), m.label(), ContractsViews.money(m.amount()),
                        m.reachedOn(), m.invoiceId())).toList());
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts")
    @Operation(summary = "A contract from a won opportunity, an accepted quote or directly; opens its activity; Idempotency-Key accepted")
    ResponseEntity<?> create(@Valid @RequestBody NewContract body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/contracts " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(ContractView.of(contracts.create(body))));
    }

    @GetMapping("/contracts/{id}/draft-invoice")
    @Operation(summary = "The draft invoice of the billable hours not yet billed between from and to (both included)")
    DraftView draft(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) Grouping grouping,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return DraftView.of(contracts.draft(id, from, to, grouping, date));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/{id}/invoices")
    @Operation(summary = "Issue the invoice of a period's hours; those entries become billed; Idempotency-Key accepted")
    ResponseEntity<?> bill(@PathVariable long id, @Valid @RequestBody BillHours body,
                           @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/contracts/" + id + "/invoices " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.of(contracts.billHours(id, body))));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/{id}/milestones")
    @Operation(summary = "Add a milestone to a fixed-price contract")
    ResponseEntity<MilestoneView> milestone(@PathVariable long id, @Valid @RequestBody NewMilestone body) {
        var m = contracts.addMilestone(id, body);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new MilestoneView(m.id(), m.label(), ContractsViews.money(m.amount()), m.reachedOn(), m.invoiceId()));
    }

    record Reached(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {}

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/{id}/milestones/{milestoneId}/reached")
    @Operation(summary = "A milestone is reached: its invoice is issued")
    ResponseEntity<DocumentView> reached(@PathVariable long id, @PathVariable long milestoneId,
                                         @Valid @RequestBody(required = false) Reached body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DocumentView.of(contracts.reachMilestone(id, milestoneId, body == null ? null : body.date())));
    }

    @GetMapping("/contracts/{id}/freelancer-bill")
    @Operation(summary = "The collective's share of a freelancer's contract and the freelancer's bill to prepare")
    FreelancerBillView freelancerBill(@PathVariable long id) {
        return FreelancerBillView.of(contracts.freelancerBill(id));
    }

    @GetMapping("/contracts/{id}/profitability")
    @Operation(summary = "Revenue invoiced against hours at the single wage and freelancers' parts; margin, effective hourly rate")
    ProfitabilityView profitability(@PathVariable long id) {
        return ProfitabilityView.of(contracts.contract(id).code(), contracts.profitability(id));
    }

    @GetMapping("/contracts/profitability")
    @Operation(summary = "Profitability per client (by=client) or per service (by=service)")
    List<ProfitabilityView> profitabilityBy(@RequestParam(defaultValue = "client") String by) {
        Map<String, org.fourmiliere.contracts.internal.Profitability> m = switch (by) {
            case "client" -> contracts.profitabilityBy(c -> String.valueOf(c.customerId()));
            case "service" -> contracts.profitabilityBy(c -> c.service().name());
            default -> throw new Problems.InvalidInput("by", "contracts.profitability.by");
        };
        return m.entrySet().stream().map(e -> ProfitabilityView.of(e.getKey(), e.getValue())).toList();
    }
}
