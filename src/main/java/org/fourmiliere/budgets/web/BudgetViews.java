package org.fourmiliere.budgets.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.budgets.internal.Budget;
import org.fourmiliere.budgets.internal.BudgetService;
import org.springframework.stereotype.Component;

/** Budgets as the API and the pages show them. */
@Component
class BudgetViews {

    /** One line: its months and the year's total. */
    record LineView(String account, String department, Map<YearMonth, BigDecimal> months, BigDecimal total) {}

    record BudgetView(long id, int fiscalYear, String label, String name, String status, int version, Long revisesId,
                      Long decisionId, boolean isPublic, String note, Instant createdAt, List<LineView> lines,
                      BigDecimal revenue, BigDecimal expenses) {}

    private final BudgetService budgets;

    BudgetViews(BudgetService budgets) {
        this.budgets = budgets;
    }

    BudgetView summary(Budget b) {
        return view(b, null);
    }

    BudgetView full(Budget b) {
        Map<String, LineView> lines = new LinkedHashMap<>();
        for (var a : budgets.lines(b.id())) {
            LineView v = lines.computeIfAbsent(a.account() + "\u0000" + a.department(),
                    k -> new LineView(a.account(), a.department(), new TreeMap<>(), BigDecimal.ZERO));
            v.months().put(a.month(), a.amount());
        }
        List<LineView> out = new ArrayList<>();
        for (LineView v : lines.values())
            out.add(new LineView(v.account(), v.department(), v.months(),
                    v.months().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        return view(b, out);
    }

    private BudgetView view(Budget b, List<LineView> lines) {
        BigDecimal revenue = null, expenses = null;
        if (lines != null) {
            revenue = BigDecimal.ZERO;
            expenses = BigDecimal.ZERO;
            Map<String, Boolean> isRevenue = new java.util.HashMap<>();
            for (var a : budgets.accounts()) isRevenue.put(a.code(), a.type() == org.fourmiliere.accounting.AccountType.REVENUE);
            for (LineView l : lines) {
                if (Boolean.TRUE.equals(isRevenue.get(l.account()))) revenue = revenue.add(l.total());
                else expenses = expenses.add(l.total());
            }
        }
        return new BudgetView(b.id(), b.fiscalYear(), BudgetService.fiscalYear(b.fiscalYear()).label(), b.name(),
                b.status().name(), b.version(), b.revisesId(), b.decisionId(), b.isPublic(), b.note(), b.createdAt(), lines,
                revenue, expenses);
    }
}
