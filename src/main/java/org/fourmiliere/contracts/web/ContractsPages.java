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
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.contracts.internal.ContractsService;
import org.fourmiliere.contracts.internal.PipelineService;
import org.fourmiliere.contracts.internal.ReviewMinutes;
import org.fourmiliere.contracts.web.ContractsViews.ContractView;
import org.fourmiliere.contracts.web.ContractsViews.OpportunityView;
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
    private final org.springframework.context.MessageSource messages;

    ContractsPages(ContractsService contracts, PipelineService pipeline, ReviewMinutes reviewMinutes, FormErrors formErrors,
                   org.springframework.context.MessageSource messages) {
        this.messages = messages;
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

    /** How many of the latest opportunities of each stage the board shows (the column says how many there are). */
    static final int SHOWN = 50;

    @GetMapping("/contracts/board")
    String board(Model model, HtmxRequest htmx) {
        LocalDate today = pipeline.today();
        Map<String, List<OpportunityView>> columns = new java.util.LinkedHashMap<>();
        for (Stage s : Stage.values()) columns.put(s.name(), new ArrayList<>());
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Stage s : Stage.values()) counts.put(s.name(), 0);
        var all = pipeline.all();
        for (int i = all.size() - 1; i >= 0; i--) { // newest first
            var o = all.get(i);
            int n = counts.merge(o.stage().name(), 1, Integer::sum);
            if (n <= SHOWN) columns.get(o.stage().name()).add(OpportunityView.of(o, today));
        }
        model.addAttribute("columns", columns);
        model.addAttribute("counts", counts);
        SignedIn me = SignedIn.require();
        model.addAttribute("canMove", me.has(Permission.TAKE_PART));
        model.addAttribute("canContract", me.has(Permission.KEEP_BOOKS));
        model.addAttribute("stages", Stage.values());
        // the stages' names once per page, not once per card's option
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> labels = new java.util.HashMap<>();
        for (Stage st : Stage.values()) labels.put(st.name(), messages.getMessage("contracts.stage." + st.name(), null, locale));
        model.addAttribute("stageLabels", labels);
        model.addAttribute("services", ServiceKind.values());
        return htmx.isHtmxRequest() ? "contracts/board :: board" : "contracts/board";
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
        }
        if (htmx.isHtmxRequest()) return board(model, htmx);
        return "redirect:/contracts/board";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/contracts/opportunities/{id}/contract")
    String contractFromOpportunity(@PathVariable long id, @RequestParam BillingMode mode,
                                   @RequestParam(required = false) BigDecimal hourly, RedirectAttributes redirect) {
        try {
            var c = contracts.create(new NewContract(id, null, null, null, null, null, mode, hourly, null, null, null, null, null,
                    null, null));
            formErrors.notice(redirect, "contracts.contract.created");
            return "redirect:/contracts/" + c.id();
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:/contracts/board";
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
        model.addAttribute("rates", contracts.grid().inForceOn(today).stream().map(ContractsViews.RateView::of).toList());
        model.addAttribute("partners", contracts.partners().stream().map(ContractsViews.PartnerView::of).toList());
        return "contracts/rates";
    }
}
