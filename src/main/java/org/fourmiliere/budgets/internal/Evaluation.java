package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Budget evaluation (seed 000 §2): each line's budget against what the journal shows for the same period, sorted into
 * the categories the finance committee reads. Amounts are in the line's normal direction (revenue and expenses both
 * positive), to the cent; percentages to the tenth, half up.
 *
 * <p>Rules, with {@code t} the tolerance (a share of the budget, e.g. 0.10):
 * <ul>
 *   <li>expense with nothing planned and something spent: {@link Category#OVERSPENT}, marked not planned;</li>
 *   <li>expense spent beyond budget × (1 + t): {@link Category#OVERSPENT};</li>
 *   <li>expense spent under budget × (1 − t): {@link Category#UNUSED}, marked "nothing spent" when actual is 0;</li>
 *   <li>revenue above budget × (1 + t) (or not planned): {@link Category#EXTRA}; under budget × (1 − t): {@link Category#MISSING};</li>
 *   <li>otherwise {@link Category#WELL_ESTIMATED} (a line with neither budget nor actual is left out).</li>
 * </ul>
 */
public final class Evaluation {

    public enum Kind { REVENUE, EXPENSE }

    public enum Category { UNUSED, OVERSPENT, WELL_ESTIMATED, EXTRA, MISSING }

    /** One budget line and its actual over the evaluated period. */
    public record Input(String account, String name, Kind kind, BigDecimal budget, BigDecimal actual) {
        public Input {
            budget = cents(budget);
            actual = cents(actual);
        }
    }

    /**
     * @param difference actual − budget
     * @param percent difference as a percentage of the budget, to the tenth; null when nothing was planned
     * @param notPlanned budget 0 and something happened
     * @param nothingSpent an expense planned and not used at all
     */
    public record Line(String account, String name, Kind kind, BigDecimal budget, BigDecimal actual, BigDecimal difference,
                       BigDecimal percent, Category category, boolean notPlanned, boolean nothingSpent) {}

    /** "Estimated / Actual / Variance" as the seed prints them. */
    public record Summary(BigDecimal estimated, BigDecimal actual, BigDecimal difference, BigDecimal percent) {}

    public record Result(BigDecimal tolerance, List<Line> lines, Summary expenses, Summary revenue, BigDecimal budgetBalance,
                         BigDecimal actualBalance) {

        public List<Line> of(Category c) {
            return lines.stream().filter(l -> l.category() == c).toList();
        }
    }

    private Evaluation() {}

    public static Result evaluate(List<Input> inputs, BigDecimal tolerance) {
        if (tolerance == null || tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("tolerance must be between 0 and 1");
        List<Line> lines = new ArrayList<>();
        BigDecimal eb = BigDecimal.ZERO, ea = BigDecimal.ZERO, rb = BigDecimal.ZERO, ra = BigDecimal.ZERO;
        for (Input in : inputs) {
            if (in.kind() == Kind.EXPENSE) {
                eb = eb.add(in.budget());
                ea = ea.add(in.actual());
            } else {
                rb = rb.add(in.budget());
                ra = ra.add(in.actual());
            }
            if (in.budget().signum() == 0 && in.actual().signum() == 0) continue;
            lines.add(line(in, tolerance));
        }
        lines.sort(Comparator.comparing(Line::kind).thenComparing(Line::category)
                .thenComparing(l -> l.difference().abs(), Comparator.reverseOrder()).thenComparing(Line::account));
        return new Result(tolerance, List.copyOf(lines), summary(eb, ea), summary(rb, ra), rb.subtract(eb), ra.subtract(ea));
    }

    static Line line(Input in, BigDecimal tolerance) {
        BigDecimal b = in.budget(), a = in.actual();
        BigDecimal diff = a.subtract(b);
        BigDecimal upper = b.multiply(BigDecimal.ONE.add(tolerance));
        BigDecimal lower = b.multiply(BigDecimal.ONE.subtract(tolerance));
        boolean notPlanned = b.signum() == 0 && a.signum() != 0;
        Category c;
        if (in.kind() == Kind.EXPENSE) {
            if (notPlanned || a.compareTo(upper) > 0) c = Category.OVERSPENT;
            else if (a.compareTo(lower) < 0) c = Category.UNUSED;
            else c = Category.WELL_ESTIMATED;
        } else {
            if (notPlanned || a.compareTo(upper) > 0) c = Category.EXTRA;
            else if (a.compareTo(lower) < 0) c = Category.MISSING;
            else c = Category.WELL_ESTIMATED;
        }
        boolean nothingSpent = in.kind() == Kind.EXPENSE && b.signum() > 0 && a.signum() == 0;
        return new Line(in.account(), in.name(), in.kind(), b, a, diff, percent(diff, b), c, notPlanned, nothingSpent);
    }

    static Summary summary(BigDecimal estimated, BigDecimal actual) {
        BigDecimal diff = actual.subtract(estimated);
        return new Summary(estimated, actual, diff, percent(diff, estimated));
    }

    /** part / whole × 100 to the tenth, half up; null when whole is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return null;
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }
}
