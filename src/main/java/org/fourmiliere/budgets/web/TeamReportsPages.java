package org.fourmiliere.budgets.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.budgets.BudgetCommands;
import org.fourmiliere.budgets.internal.BudgetService;
import org.fourmiliere.budgets.internal.TeamReports;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The teams' quarterly reports, listed for the work committee and read by every worker: per team, the planned and
 * actual revenue and expenses of the services it runs, and its comment, written by its members (or whoever keeps the
 * books). Whoever keeps the books says which services a team runs.
 */
@Allowed(Permission.READ_BOOKS)
@Controller
class TeamReportsPages {

    private final TeamReports reports;
    private final BudgetService budgets;
    private final FormErrors formErrors;

    TeamReportsPages(TeamReports reports, BudgetService budgets, FormErrors formErrors) {
        this.reports = reports;
        this.budgets = budgets;
        this.formErrors = formErrors;
    }

    /** The quarter (1–4) of its fiscal year a day falls in. */
    static int quarterOf(LocalDate day) {
        LocalDate first = BudgetService.fiscalYearOf(day).firstDay();
        int months = (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
        return months / 3 + 1;
    }

    @GetMapping("/budgets/teams")
    String page(@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Integer quarter,
                Model model, Locale locale) {
        LocalDate today = budgets.today();
        int fy = fiscalYear == null ? BudgetService.fiscalYearOf(today).endYear() : fiscalYear;
        int q = quarter == null ? quarterOf(today) : quarter;
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("quarter", q);
        model.addAttribute("departments", budgets.departments());
        SignedIn me = SignedIn.require();
        model.addAttribute("keepsBooks", BudgetsApi.keepsBooks(me));
        try {
            model.addAttribute("report", reports.quarter(fy, q, me.personId(), BudgetsApi.keepsBooks(me), locale));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
        }
        return "budgets/teams";
    }

    @PostMapping("/budgets/teams/comment")
    String comment(@Valid @ModelAttribute("comment") BudgetCommands.TeamComment command, BindingResult errors, Model model,
                   Locale locale) {
        if (!errors.hasErrors()) {
            try {
                SignedIn me = SignedIn.require();
                reports.comment(command, me.personId(), BudgetsApi.keepsBooks(me));
                return "redirect:/budgets/teams?fiscalYear=" + command.fiscalYear() + "&quarter=" + command.quarter()
                        + "#team-" + command.teamId();
            } catch (Problems.InvalidInput | Problems.Conflict e) {
                model.addAttribute(FormErrors.ERROR, formErrors.text(e));
            }
        } else {
            model.addAttribute(FormErrors.ERROR, formErrors.text(new Problems.InvalidInput(errors.getFieldErrors().getFirst().getField(),
                    "budgets.team.comment.invalid")));
        }
        String error = (String) model.getAttribute(FormErrors.ERROR);
        String page = page(errors.hasFieldErrors("fiscalYear") ? null : command.fiscalYear(),
                errors.hasFieldErrors("quarter") ? null : command.quarter(), model, locale);
        model.addAttribute(FormErrors.ERROR, error);
        return page;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/budgets/teams/{teamId}/services")
    String services(@PathVariable long teamId, @RequestParam(required = false) List<String> departments,
                    @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Integer quarter,
                    Model model, Locale locale) {
        try {
            reports.setServices(teamId, new BudgetCommands.TeamServices(departments == null ? List.of() : departments));
            return "redirect:/budgets/teams" + (fiscalYear == null || quarter == null ? "" : "?fiscalYear=" + fiscalYear + "&quarter=" + quarter);
        } catch (Problems.InvalidInput e) {
            String page = page(null, null, model, locale);
            model.addAttribute(FormErrors.ERROR, formErrors.text(e));
            return page;
        }
    }
}
