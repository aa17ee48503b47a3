package org.fourmiliere.budgets.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.budgets.BudgetCommands;
import org.fourmiliere.budgets.internal.Budget;
import org.fourmiliere.budgets.internal.BudgetService;
import org.fourmiliere.budgets.internal.CashFlow;
import org.fourmiliere.budgets.internal.Evaluation;
import org.fourmiliere.budgets.internal.Profitability;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budgets' pages: the list and a new draft, one budget with its entry form and its evaluation over a period,
 * next year's projection, the cash-flow forecast, profitability per service. Every chart has its table beside it.
 */
@Allowed(Permission.READ_BOOKS)
@Controller
class BudgetsPages {

    private final BudgetService budgets;
    private final BudgetViews views;
    private final FormErrors formErrors;
    private final MessageSource messages;

    BudgetsPages(BudgetService budgets, BudgetViews views, FormErrors formErrors, MessageSource messages) {
        this.budgets = budgets;
        this.views = views;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    BudgetCharts.Labels labels(Locale locale) {
        return new BudgetCharts.Labels(t("budgets.budget", locale), t("budgets.actual", locale), t("budgets.balance", locale),
                t("budgets.cushion", locale), t("budgets.revenue", locale), t("budgets.expenses", locale), t("budgets.margin", locale));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping("/budgets")
    String list(Model model) {
        if (!model.containsAttribute("budget"))
            model.addAttribute("budget", new BudgetCommands.NewBudget(BudgetService.fiscalYearOf(budgets.today()).endYear() + 1, "", null, null));
        model.addAttribute("budgets", budgets.all().stream().map(views::summary).toList());
        return "budgets/list";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/budgets")
    String create(@Valid @ModelAttribute("budget") BudgetCommands.NewBudget command, BindingResult errors, Model model) {
        if (errors.hasErrors()) return list(model);
        try {
            return "redirect:/budgets/" + budgets.create(command).id();
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return list(model);
        }
    }

    @GetMapping("/budgets/{id}")
    String budget(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
                  Locale locale) {
        if (!model.containsAttribute("entry"))
            model.addAttribute("entry", new BudgetCommands.Entry("", "", BudgetCommands.Granularity.YEAR, null, null, BudgetCommands.SpreadBy.EVEN));
        return page(id, from, to, model, locale);
    }

    private String page(long id, LocalDate from, LocalDate to, Model model, Locale locale) {
        Budget b = budgets.get(id);
        FiscalYear fy = BudgetService.fiscalYear(b.fiscalYear());
        LocalDate f = from == null ? fy.firstDay() : from, tt = to == null ? fy.lastDay() : to;
        model.addAttribute("b", views.full(b));
        model.addAttribute("from", f);
        model.addAttribute("to", tt);
        List<String[]> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++)
            quarters.add(new String[] {String.valueOf(q + 1), fy.firstDay().plusMonths(q * 3L).toString(), fy.firstDay().plusMonths(q * 3L + 3).minusDays(1).toString()});
        model.addAttribute("quarters", quarters);
        model.addAttribute("fyFrom", fy.firstDay());
        model.addAttribute("fyTo", fy.lastDay());
        try {
            Evaluation.Result r = budgets.evaluate(id, f, tt, null, locale);
            model.addAttribute("evaluation", r);
            model.addAttribute("chart", BudgetCharts.evaluation(r, labels(locale)));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        model.addAttribute("accounts", budgets.accounts().stream()
                .filter(a -> (a.type() == AccountType.REVENUE || a.type() == AccountType.EXPENSE) && a.parent() != null).toList());
        model.addAttribute("departments", budgets.departments());
        model.addAttribute("history", budgets.history(id));
        return "budgets/budget";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/budgets/{id}/entries")
    String enter(@PathVariable long id, @Valid @ModelAttribute("entry") BudgetCommands.Entry entry, BindingResult errors, Model model,
                 Locale locale, RedirectAttributes redirect) {
        if (errors.hasErrors()) return page(id, null, null, model, locale);
        try {
            budgets.enter(id, List.of(entry));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e, Map.of("entries[0].account", "account", "entries[0].department", "department",
                    "entries[0].number", "number"));
            return page(id, null, null, model, locale);
        }
        formErrors.notice(redirect, "budgets.entered");
        return "redirect:/budgets/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/budgets/{id}/status")
    String status(@PathVariable long id, @RequestParam BudgetCommands.Status status, @RequestParam(required = false) Long decisionId,
                  RedirectAttributes redirect) {
        try {
            budgets.changeStatus(id, new BudgetCommands.StatusChange(status, decisionId));
            formErrors.notice(redirect, "budgets.status.changed");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/budgets/" + id;
    }

    @GetMapping("/budgets/projection")
    String projection(Model model) {
        model.addAttribute("departments", budgets.departments());
        model.addAttribute("baseYear", BudgetService.fiscalYearOf(budgets.today()).endYear());
        model.addAttribute("values", Map.of());
        return "budgets/projection";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/budgets/projection")
    String project(@RequestParam Map<String, String> form, Model model, Locale locale) {
        model.addAttribute("departments", budgets.departments());
        model.addAttribute("values", form);
        try {
            Map<String, BigDecimal> growth = new LinkedHashMap<>();
            for (var d : budgets.departments()) {
                String v = form.get("growth." + d.code());
                if (v != null && !v.isBlank()) growth.put(d.code(), number("growth." + d.code(), v).movePointLeft(2));
            }
            int base;
            try {
                base = Integer.parseInt(form.getOrDefault("baseYear", "").strip());
            } catch (NumberFormatException e) {
                throw new Problems.InvalidInput("baseYear", "budgets.projection.year");
            }
            model.addAttribute("baseYear", base);
            BudgetCommands.ProjectionRequest req = new BudgetCommands.ProjectionRequest(base, growth, opt(form, "subsidy"),
                    opt(form, "newHoursPerWeek"), opt(form, "chargesRate") == null ? null : opt(form, "chargesRate").movePointLeft(2),
                    opt(form, "wage"), opt(form, "investments"), opt(form, "newProjects"), "on".equals(form.get("save")));
            if (base < 1990 || base > 2999) throw new Problems.InvalidInput("baseYear", "budgets.projection.year");
            model.addAttribute("result", budgets.project(req, locale));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/projection";
    }

    private static BigDecimal opt(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null || v.isBlank() ? null : number(field, v);
    }

    private static BigDecimal number(String field, String v) {
        try {
            BigDecimal n = new BigDecimal(v.strip().replace(',', '.').replace(" ", ""));
            if (n.signum() < 0 && !field.startsWith("growth")) throw new NumberFormatException();
            if (n.abs().compareTo(new BigDecimal("1000000000000")) >= 0 || n.scale() > 4) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput(field, "budgets.number.invalid", v);
        }
    }

    @GetMapping("/budgets/cash-flow")
    String cashFlow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(defaultValue = "12") int months, @RequestParam(required = false) String lateParty,
                    @RequestParam(required = false) Integer lateDays, @RequestParam(required = false) String by,
                    Model model, Locale locale) {
        LocalDate f = from == null ? budgets.today().withDayOfMonth(1) : from;
        boolean weekly = "week".equals(by);
        model.addAttribute("by", weekly ? "week" : "month");
        model.addAttribute("from", f);
        model.addAttribute("months", months);
        model.addAttribute("lateParty", lateParty);
        model.addAttribute("lateDays", lateDays);
        try {
            List<CashFlow.Result> results = budgets.cashFlow(f, months, null, lateParty, lateDays);
            model.addAttribute("results", results);
            if (weekly) model.addAttribute("weeks", results.stream().map(CashFlow::weekly).toList());
            model.addAttribute("chart", BudgetCharts.cashFlow(results, labels(locale)));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/cash-flow";
    }

    @GetMapping("/budgets/{id}/lines")
    String linePostings(@PathVariable long id, @RequestParam(required = false) String line,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        Model model, Locale locale) {
        model.addAttribute("b", views.summary(budgets.get(id)));
        try {
            model.addAttribute("postings", budgets.linePostings(id, line, from, to, locale));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/line";
    }

    @GetMapping("/budgets/analyses")
    String analyses(@RequestParam(required = false) Integer lastYear, @RequestParam(defaultValue = "5") int years,
                    Model model, Locale locale) {
        int last = lastYear == null ? BudgetService.fiscalYearOf(budgets.today()).endYear() : lastYear;
        model.addAttribute("lastYear", last);
        model.addAttribute("years", years);
        try {
            List<BudgetService.YearFigures> figures = budgets.years(last, years);
            model.addAttribute("figures", figures);
            model.addAttribute("fteChart", BudgetCharts.fte(figures, t("budgets.analyses.fte", locale)));
            model.addAttribute("hoursChart", BudgetCharts.hoursShares(figures, t("budgets.analyses.hours.salaried", locale),
                    t("budgets.analyses.hours.freelance", locale), t("budgets.analyses.hours.volunteer", locale)));
            model.addAttribute("sharesChart", BudgetCharts.labourShares(figures, t("budgets.analyses.salaried", locale),
                    t("budgets.analyses.freelance", locale)));
            model.addAttribute("netChart", BudgetCharts.netValue(figures, t("budgets.analyses.net-value", locale),
                    t("budgets.analyses.profit", locale)));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/analyses";
    }

    @GetMapping("/budgets/profitability")
    String profitability(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model, Locale locale) {
        FiscalYear fy = BudgetService.fiscalYearOf(budgets.today());
        LocalDate f = from == null ? fy.firstDay() : from, tt = to == null ? fy.lastDay() : to;
        model.addAttribute("from", f);
        model.addAttribute("to", tt);
        try {
            Profitability.Result r = budgets.profitability(f, tt, locale);
            model.addAttribute("result", r);
            model.addAttribute("chart", BudgetCharts.profitability(r, labels(locale)));
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            for (Profitability.Line l : r.lines()) shares.put(l.name(), l.revenue());
            model.addAttribute("shares", BudgetCharts.shares(shares));
            Map<String, BigDecimal[]> monthly = new LinkedHashMap<>();
            budgets.monthly(f, tt).forEach((m, v) -> monthly.put(m.toString(), v));
            model.addAttribute("monthly", monthly);
            model.addAttribute("monthlyChart", BudgetCharts.monthly(monthly, labels(locale)));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/profitability";
    }

}
