package org.fourmiliere.budgets.web;

import static org.fourmiliere.budgets.internal.BudgetCsv.cell;

import org.fourmiliere.budgets.internal.CashFlow;
import org.fourmiliere.budgets.internal.Evaluation;
import org.fourmiliere.budgets.internal.Profitability;

/** The reports as CSV, one line per line of the report, with the totals last. */
final class BudgetReportsCsv {

    private BudgetReportsCsv() {}

    static String evaluation(Evaluation.Result r) {
        StringBuilder out = new StringBuilder("account;name;kind;category;budget;actual;difference;percent;not_planned;nothing_spent\n");
        for (Evaluation.Line l : r.lines())
            out.append(String.join(";", cell(l.account()), cell(l.name()), cell(l.kind()), cell(l.category()), cell(l.budget()),
                    cell(l.actual()), cell(l.difference()), cell(l.percent()), cell(l.notPlanned()), cell(l.nothingSpent()))).append('\n');
        out.append(String.join(";", "", "expenses", "EXPENSE", "TOTAL", cell(r.expenses().estimated()), cell(r.expenses().actual()),
                cell(r.expenses().difference()), cell(r.expenses().percent()), "", "")).append('\n');
        out.append(String.join(";", "", "revenue", "REVENUE", "TOTAL", cell(r.revenue().estimated()), cell(r.revenue().actual()),
                cell(r.revenue().difference()), cell(r.revenue().percent()), "", "")).append('\n');
        return out.toString();
    }

    static String cashFlow(CashFlow.Result r) {
        StringBuilder out = new StringBuilder("month;opening;receipts;budget_receipts;payments;budget_payments;closing;below_cushion\n");
        for (CashFlow.Month m : r.months())
            out.append(String.join(";", cell(m.month()), cell(m.opening()), cell(m.receipts()), cell(m.budgetReceipts()),
                    cell(m.payments()), cell(m.budgetPayments()), cell(m.closing()), cell(m.belowCushion()))).append('\n');
        return out.toString();
    }

    static String cashFlowWeeks(CashFlow.Weekly r) {
        StringBuilder out = new StringBuilder("from;to;opening;receipts;budget_receipts;payments;budget_payments;closing;below_cushion\n");
        for (CashFlow.Week w : r.weeks())
            out.append(String.join(";", cell(w.from()), cell(w.to()), cell(w.opening()), cell(w.receipts()), cell(w.budgetReceipts()),
                    cell(w.payments()), cell(w.budgetPayments()), cell(w.closing()), cell(w.belowCushion()))).append('\n');
        return out.toString();
    }

    static String profitability(Profitability.Result r) {
        StringBuilder out = new StringBuilder(
                "department;name;revenue;hours;labour;freelancers;direct_expenses;overhead_share;margin;margin_percent;break_even_hours\n");
        for (Profitability.Line l : r.lines())
            out.append(String.join(";", cell(l.department()), cell(l.name()), cell(l.revenue()), cell(l.hours()), cell(l.labour()),
                    cell(l.freelancers()), cell(l.directExpenses()), cell(l.overheadShare()), cell(l.margin()),
                    cell(l.marginPercent()), cell(l.breakEvenHours()))).append('\n');
        return out.toString();
    }
}
