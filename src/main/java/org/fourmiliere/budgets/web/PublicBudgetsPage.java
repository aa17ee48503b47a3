package org.fourmiliere.budgets.web;

import java.util.Locale;
import org.fourmiliere.budgets.internal.BudgetService;
import org.fourmiliere.shared.web.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The transparency page's budgets: every adopted budget marked public, read by anyone, signed in or not. */
@Public
@Controller
class PublicBudgetsPage {

    private final BudgetService budgets;

    PublicBudgetsPage(BudgetService budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/budgets/public")
    String page(Model model, Locale locale) {
        model.addAttribute("budgets", budgets.publicBudgets(locale));
        return "budgets/public";
    }
}
