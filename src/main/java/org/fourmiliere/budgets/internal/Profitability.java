package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Profitability per service (department). Direct costs: the hours worked on the department's activities × the single
 * wage × (1 + employer charges), its freelancers and its direct expenses. Overhead (every expense not charged to a
 * department) is shared by the allocation key: each department's share of the revenue of all departments (the key
 * the seeds use when they speak of "overhead" as a share of revenue). Margin = revenue − direct costs − overhead
 * share. Break-even hours: the hours at which the department's revenue per hour, less the labour cost of an hour,
 * covers freelancers, direct expenses and the overhead share.
 */
public final class Profitability {

    public record Input(String department, String name, BigDecimal revenue, long minutes, BigDecimal freelancers,
                        BigDecimal directExpenses) {}

    public record Line(String department, String name, BigDecimal revenue, BigDecimal hours, BigDecimal labour,
                       BigDecimal freelancers, BigDecimal directExpenses, BigDecimal directCosts, BigDecimal overheadShare,
                       BigDecimal margin, BigDecimal marginPercent, BigDecimal revenuePerHour, BigDecimal breakEvenHours) {}

    public record Result(List<Line> lines, BigDecimal overhead, BigDecimal revenue, BigDecimal margin, BigDecimal wage,
                         BigDecimal chargesRate) {}

    private Profitability() {}

    public static Result compute(List<Input> inputs, BigDecimal overhead, BigDecimal wage, BigDecimal chargesRate) {
        BigDecimal totalRevenue = BigDecimal.ZERO;
        for (Input i : inputs) totalRevenue = totalRevenue.add(Evaluation.cents(i.revenue()).max(BigDecimal.ZERO));
        BigDecimal hourCost = wage.multiply(BigDecimal.ONE.add(chargesRate));
        overhead = Evaluation.cents(overhead);
        List<BigDecimal> shares = shares(inputs, overhead, totalRevenue);
        List<Line> lines = new ArrayList<>();
        BigDecimal margins = BigDecimal.ZERO;
        for (int k = 0; k < inputs.size(); k++) {
            Input i = inputs.get(k);
            BigDecimal revenue = Evaluation.cents(i.revenue());
            BigDecimal hours = BigDecimal.valueOf(i.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BigDecimal labour = BigDecimal.valueOf(i.minutes()).multiply(hourCost).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BigDecimal free = Evaluation.cents(i.freelancers()), direct = Evaluation.cents(i.directExpenses());
            BigDecimal costs = labour.add(free).add(direct);
            BigDecimal share = shares.get(k);
            BigDecimal margin = revenue.subtract(costs).subtract(share);
            margins = margins.add(margin);
            BigDecimal perHour = i.minutes() == 0 ? null
                    : revenue.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(i.minutes()), 2, RoundingMode.HALF_UP);
            BigDecimal breakEven = null;
            if (perHour != null) {
                BigDecimal contribution = revenue.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(i.minutes()), 10, RoundingMode.HALF_UP)
                        .subtract(hourCost);
                if (contribution.signum() > 0)
                    breakEven = free.add(direct).add(share).divide(contribution, 1, RoundingMode.CEILING);
            }
            lines.add(new Line(i.department(), i.name(), revenue, hours, labour, free, direct, costs, share, margin,
                    Evaluation.percent(margin, revenue), perHour, breakEven));
        }
        return new Result(List.copyOf(lines), overhead, totalRevenue, margins, wage, chargesRate);
    }

    /** The overhead shared by revenue to the cent, the cents left by rounding going to the largest shares first. */
    static List<BigDecimal> shares(List<Input> inputs, BigDecimal overhead, BigDecimal totalRevenue) {
        List<BigDecimal> out = new ArrayList<>();
        if (totalRevenue.signum() == 0) {
            for (Input ignored : inputs) out.add(BigDecimal.ZERO.setScale(2));
            return out;
        }
        long totalCents = overhead.movePointRight(2).longValueExact();
        long given = 0;
        long[] cents = new long[inputs.size()];
        BigDecimal[] rest = new BigDecimal[inputs.size()];
        for (int k = 0; k < inputs.size(); k++) {
            BigDecimal r = Evaluation.cents(inputs.get(k).revenue()).max(BigDecimal.ZERO);
            BigDecimal exact = BigDecimal.valueOf(totalCents).multiply(r).divide(totalRevenue, 10, RoundingMode.HALF_UP);
            cents[k] = exact.setScale(0, RoundingMode.FLOOR).longValue();
            rest[k] = exact.subtract(BigDecimal.valueOf(cents[k]));
            given += cents[k];
        }
        while (given < totalCents) {
            int best = 0;
            for (int k = 1; k < rest.length; k++) if (rest[k].compareTo(rest[best]) > 0) best = k;
            cents[best]++;
            rest[best] = rest[best].subtract(BigDecimal.ONE);
            given++;
        }
        for (long c : cents) out.add(BigDecimal.valueOf(c, 2));
        return out;
    }
}
