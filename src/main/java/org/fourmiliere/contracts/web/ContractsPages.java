package org.fourmiliere.contracts.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.Commands.BillHours;
import org.fourmiliere.contracts.Commands.Grouping;
import org.fourmiliere.contracts.Commands.MoveStage;
import org.fourmiliere.contracts.Commands.NewContract;
import org.fourmiliere.contracts.Commands.NewOpportunity;
import org.fourmiliere.contracts.Commands.NewPartner;
import org.fourmiliere.contracts.Commands.NewRate;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.contracts.internal.ContractsService;
import org.fourmiliere.contracts.internal.PipelineService;
import org.fourmiliere.contracts.internal.ReviewMinutes;
import org.fourmiliere.contracts.web.ContractsViews.ContractView;
import org.fourmiliere.contracts.web.ContractsViews.OpportunityView;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of contracts: the contracts, the pipeline board (drag a card to another stage: htmx), the weekly review
 * put into a production meeting's minutes, a contract with its hours, budget and draft invoice, the rate grid.
 */
@Allowed(Permission.READ_BOOKS)
@Controller
class ContractsPages {

    private final ContractsService contracts;
    private final PipelineService pipeline;
    private final ReviewMinutes reviewMinutes;
    private final FormErrors formErrors;
    private final Invoicing invoicing;
    private final jakarta.validation.Validator validator;

    ContractsPages(ContractsService contracts, PipelineService pipeline, ReviewMinutes reviewMinutes, FormErrors formErrors,
                   Invoicing invoicing, jakarta.validation.Validator validator) {
        this.invoicing = invoicing;
        this.validator = validator;
        this.contracts = contracts;
        this.pipeline = pipeline;
        this.reviewMinutes = reviewMinutes;
        this.formErrors = formErrors;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        model.addAttribute("contracts", contracts.contracts().stream().map(ContractView::of).toList());
        return "contracts/list";
    }

    /** How many of the newest opportunities of each stage the board shows at first, and each "more" adds. */
    static final int SHOWN = 20;

    @GetMapping("/contracts/board")
    String board(Model model, HtmxRequest htmx) {
        LocalDate today = pipeline.today();
        var board = pipeline.board(SHOWN);
        Map<String, List<OpportunityView>> columns = new java.util.LinkedHashMap<>();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Map<String, Long> more = new java.util.HashMap<>();
        for (Stage s : Stage.values()) {
            List<OpportunityView> cards = board.cards().get(s).stream().map(o -> OpportunityView.of(o, today)).toList();
            columns.put(s.name(), cards);
            counts.put(s.name(), board.counts().get(s));
            if (board.counts().get(s) > cards.size()) more.put(s.name(), cards.getLast().id());
        }
        model.addAttribute("columns", columns);
        model.addAttribute("counts", counts);
        model.addAttribute("more", more);
        model.addAttribute("stages", Stage.values());
        if (htmx.isHtmxRequest()) return "contracts/board :: board";
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("customers", invoicing.customers());
        return "contracts/board";
    }

    /** The next cards of a stage, older than {@code before}: a fragment for htmx, else a page of its own. */
    @GetMapping("/contracts/board/{stage}")
    String moreCards(@PathVariable Stage stage, @RequestParam long before, Model model, HtmxRequest htmx) {
        LocalDate today = pipeline.today();
        List<OpportunityView> cards = pipeline.stageBefore(stage, before, SHOWN + 1).stream()
                .map(o -> OpportunityView.of(o, today)).toList();
        boolean hasMore = cards.size() > SHOWN;
        if (hasMore) cards = cards.subList(0, SHOWN);
        model.addAttribute("stage", stage);
        model.addAttribute("cards", cards);
        model.addAttribute("next", hasMore ? cards.getLast().id() : null);
        return htmx.isHtmxRequest() ? "contracts/stage :: cards" : "contracts/stage";
    }

    /** An opportunity: its details and history, moving it (the board's way without JavaScript), making its contract. */
    @GetMapping("/contracts/opportunities/{id}")
    String opportunity(@PathVariable long id, Model model) {
        var o = pipeline.get(id);
        model.addAttribute("o", OpportunityView.of(o, pipeline.today()));
        model.addAttribute("open", o.open());
        model.addAttribute("history", pipeline.history(id).stream().map(ContractsViews.StageChangeView::of).toList());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("contract", contracts.contractOfOpportunity(id).map(ContractView::of).orElse(null));
        if (o.stage() == Stage.WON) model.addAttribute("customers", invoicing.customers());
        return "contracts/opportunity";
    }

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/contracts/opportunities")
    String create(@RequestParam String title, @RequestParam(required = false) String clientName,
                  @RequestParam ServiceKind service, @RequestParam(required = false) BigDecimal estimateAmount,
                  @RequestParam(required = false) Integer chance,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDecision,
                  @RequestParam(required = false) Long customerId, RedirectAttributes redirect) {
        try {
            if (title == null || title.isBlank()) throw new Problems.InvalidInput("title", "contracts.opportunity.title");
            pipeline.create(new NewOpportunity(title, customerId, clientName, service, null, estimateAmount, chance,
                    expectedDecision, null, null), SignedIn.require().email());
            formErrors.notice(redirect, "contracts.opportunity.created");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/contracts/board";
    }

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/contracts/opportunities/{id}/stage")
    String move(@PathVariable long id, @RequestParam Stage stage, @RequestParam(required = false) String lostReason,
                Model model, HtmxRequest htmx, RedirectAttributes redirect) {
        try {
            pipeline.move(id, new MoveStage(stage, null, lostReason, null), SignedIn.require().email());
        } catch (Problems.DomainException e) {
            if (htmx.isHtmxRequest()) {
                formErrors.show(model, e);
                return board(model, htmx);
            }
            formErrors.flash(redirect, e);
            return "redirect:/contracts/opportunities/" + id;
        }
        if (htmx.isHtmxRequest()) return board(model, htmx);
        formErrors.notice(redirect, "contracts.opportunity.moved");
        return "redirect:/contracts/opportunities/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/opportunities/{id}/contract")
    String contractFromOpportunity(@PathVariable long id, @RequestParam BillingMode mode,
                                   @RequestParam(required = false) BigDecimal hourly,
                                   @RequestParam(required = false) Long customerId, RedirectAttributes redirect) {
        try {
            var c = contracts.create(valid(new NewContract(id, null, customerId, null, null, null, mode, hourly, null, null, null, null,
                    null, null, null)));
            formErrors.notice(redirect, "contracts.contract.created");
            return "redirect:/contracts/" + c.id();
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:/contracts/opportunities/" + id;
        }
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) Grouping grouping, Model model) {
        var c = contracts.contract(id);
        model.addAttribute("contract", ContractView.of(c));
        model.addAttribute("budget", ContractsViews.BudgetView.of(contracts.budget(id)));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("grouping", grouping == null ? Grouping.ACTIVITY : grouping);
        if (from != null && to != null && c.mode() == BillingMode.TIME_AND_MATERIALS) {
            try {
                model.addAttribute("draft", ContractsViews.DraftView.of(contracts.draft(id, from, to, grouping, null)));
            } catch (Problems.DomainException e) {
                formErrors.show(model, e);
            }
        }
        return "contracts/contract";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/{id}/invoices")
    String bill(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Grouping grouping, RedirectAttributes redirect) {
        try {
            var invoice = contracts.billHours(id, new BillHours(from, to, grouping, null));
            redirect.addFlashAttribute("issued", invoice.number());
            redirect.addFlashAttribute("issuedId", invoice.id());
            formErrors.notice(redirect, "contracts.bill.issued");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/contracts/review")
    String review(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                  @RequestParam(required = false) Long meeting, Model model) {
        LocalDate s = since != null ? since : meeting == null ? null : reviewMinutes.previousReview(meeting).orElse(null);
        var review = pipeline.review(s);
        model.addAttribute("review", ContractsViews.ReviewView.of(review));
        model.addAttribute("meeting", meeting);
        model.addAttribute("text", reviewMinutes.text(review, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "contracts/review";
    }

    @Allowed(Permission.TAKE_PART)
    @PostMapping("/contracts/review/minutes")
    String intoMinutes(@RequestParam long meeting,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                       RedirectAttributes redirect) {
        try {
            reviewMinutes.append(meeting, since, org.springframework.context.i18n.LocaleContextHolder.getLocale());
            formErrors.notice(redirect, "contracts.review.added");
            return "redirect:/meetings/" + meeting;
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:/contracts/review?meeting=" + meeting;
        }
    }

    @GetMapping("/contracts/rates")
    String rates(Model model) {
        LocalDate today = contracts.today();
        var grid = contracts.grid();
        List<ContractsViews.RateView> rates = new ArrayList<>();
        grid.inForceOn(today).forEach(r -> rates.add(ContractsViews.RateView.of(r)));
        grid.rates().stream().filter(r -> r.effectiveFrom().isAfter(today)).forEach(r -> rates.add(ContractsViews.RateView.of(r)));
        model.addAttribute("rates", rates);
        model.addAttribute("partners", contracts.partners().stream().map(ContractsViews.PartnerView::of).toList());
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("kinds", org.fourmiliere.sales.ClientKind.values());
        model.addAttribute("today", today);
        return "contracts/rates";
    }

    /** A rate of the grid from a day (the same rules as {@code POST /api/v1/rates}). */
    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/rates")
    String setRate(@RequestParam ServiceKind service, @RequestParam org.fourmiliere.sales.ClientKind clientKind,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                   @RequestParam BigDecimal hourly, RedirectAttributes redirect) {
        try {
            contracts.setRate(valid(new NewRate(service, clientKind, effectiveFrom, hourly)));
            formErrors.notice(redirect, "contracts.rate.saved");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/contracts/rates";
    }

    /** A partner agreement (the same rules as {@code POST /api/v1/partners}). */
    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/partners")
    String addPartner(@RequestParam(required = false) String name, @RequestParam(required = false) Long personId,
                      @RequestParam(required = false) Long organisationId, @RequestParam(required = false) ServiceKind service,
                      @RequestParam(required = false) BigDecimal hourly, @RequestParam(required = false) BigDecimal discountPercent,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                      RedirectAttributes redirect) {
        try {
            contracts.addPartner(valid(new NewPartner(name == null ? null : name.trim(), personId, organisationId, service,
                    hourly, discountPercent, validFrom, validUntil)));
            formErrors.notice(redirect, "contracts.partner.saved");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/contracts/rates";
    }

    /** A form gives the same command as the API, held to the same annotations: the first one broken is refused on its field. */
    private <T> T valid(T command) {
        for (jakarta.validation.ConstraintViolation<T> v : validator.validate(command)) {
            var descriptor = v.getConstraintDescriptor();
            List<Object> args = new ArrayList<>();
            args.add(v.getPropertyPath().toString());
            new java.util.TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
                if (!java.util.Set.of("groups", "message", "payload").contains(name)) args.add(value);
            });
            throw new Problems.InvalidInput(v.getPropertyPath().toString(),
                    descriptor.getAnnotation().annotationType().getSimpleName(), args.toArray());
        }
        return command;
    }
}
