package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Next year's projection (seed 000 §3). Each revenue line of the base year grows by its department's rate (a line
 * without a stated rate stays as it was); expenses are the base year's expense lines (each may carry its own rate)
 * plus the new salaried hours (hours per week × weeks × single wage × (1 + employer charges rate)), the investments
 * and the new projects. The balance adds the subsidy: revenue before subsidy + subsidy − expenses. Every line is
 * rounded to the cent, totals are sums of the rounded lines.
 */
public final class Projection {

    /** A line of the base year: account, name, department code (may be null), actual amount (positive). */
    public record BaseLine(String account, String name, String department, BigDecimal amount) {}

    /**
     * @param growth growth rate per department code, as a fraction (0.30 for +30 %)
     * @param expenseGrowth growth rate per expense account, as a fraction
     * @param newHoursPerWeek new salaried hours per week
     * @param weeksPerYear weeks the new hours are paid (52)
     * @param wage the single hourly wage
     * @param chargesRate employer charges as a fraction of the wage
     */
    public record Hypotheses(Map<String, BigDecimal> growth, Map<String, BigDecimal> expenseGrowth, BigDecimal subsidy,
                             BigDecimal newHoursPerWeek, int weeksPerYear, BigDecimal wage, BigDecimal chargesRate,
                             BigDecimal investments, BigDecimal newProjects) {
        public Hypotheses {
            growth = growth == null ? Map.of() : Map.copyOf(growth);
            expenseGrowth = expenseGrowth == null ? Map.of() : Map.copyOf(expenseGrowth);
            subsidy = Evaluation.cents(subsidy);
            newHoursPerWeek = newHoursPerWeek == null ? BigDecimal.ZERO : newHoursPerWeek;
            if (weeksPerYear <= 0 || weeksPerYear > 53) throw new IllegalArgumentException("weeksPerYear");
            wage = wage == null ? BigDecimal.ZERO : wage;
            chargesRate = chargesRate == null ? BigDecimal.ZERO : chargesRate;
            investments = Evaluation.cents(investments);
            newProjects = Evaluation.cents(newProjects);
        }
    }

    public record Line(String account, String name, String department, BigDecimal base, BigDecimal rate, BigDecimal projected) {}

    public record Result(List<Line> revenue, List<Line> expenses, BigDecimal revenueBeforeSubsidy, BigDecimal newSalaries,
                         BigDecimal investments, BigDecimal newProjects, BigDecimal expensesTotal, BigDecimal subsidy,
                         BigDecimal balanceWithSubsidy) {}

    private Projection() {}

    public static Result project(List<BaseLine> revenue, List<BaseLine> expenses, Hypotheses h) {
        List<Line> rev = new ArrayList<>();
        BigDecimal revTotal = BigDecimal.ZERO;
        for (BaseLine b : revenue) {
            BigDecimal rate = b.department() == null ? BigDecimal.ZERO : h.growth().getOrDefault(b.department(), BigDecimal.ZERO);
            Line l = grow(b, rate);
            rev.add(l);
            revTotal = revTotal.add(l.projected());
        }
        List<Line> exp = new ArrayList<>();
        BigDecimal expTotal = BigDecimal.ZERO;
        for (BaseLine b : expenses) {
            Line l = grow(b, h.expenseGrowth().getOrDefault(b.account(), BigDecimal.ZERO));
            exp.add(l);
            expTotal = expTotal.add(l.projected());
        }
        BigDecimal salaries = newSalaries(h);
        expTotal = expTotal.add(salaries).add(h.investments()).add(h.newProjects());
        BigDecimal balance = revTotal.add(h.subsidy()).subtract(expTotal);
        return new Result(List.copyOf(rev), List.copyOf(exp), revTotal, salaries, h.investments(), h.newProjects(), expTotal,
                h.subsidy(), balance);
    }

    /** hours per week × weeks × wage × (1 + charges), to the cent. */
    public static BigDecimal newSalaries(Hypotheses h) {
        return h.newHoursPerWeek().multiply(BigDecimal.valueOf(h.weeksPerYear())).multiply(h.wage())
                .multiply(BigDecimal.ONE.add(h.chargesRate())).setScale(2, RoundingMode.HALF_UP);
    }

    private static Line grow(BaseLine b, BigDecimal rate) {
        BigDecimal base = Evaluation.cents(b.amount());
        BigDecimal projected = base.multiply(BigDecimal.ONE.add(rate)).setScale(2, RoundingMode.HALF_UP);
        return new Line(b.account(), b.name(), b.department(), base, rate, projected);
    }
}
