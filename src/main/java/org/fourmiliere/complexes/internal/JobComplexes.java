package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The arithmetic of job complexes (§5), pure: from the minutes each worker spent on each task over a period and
 * the means of the round in force, each worker's complex (the hours-weighted mean desirability and empowerment of
 * the tasks they did), the spread between workers (standard deviation and range on each axis), the least
 * desirable tasks (the bottom quartile by desirability) and who carries their hours. Minutes on a task without
 * ratings are not counted in any mean: they are reported, per worker and per task. Exact decimals throughout
 * ({@link MathContext#DECIMAL64} for the divisions and the square roots); shown rounded to two places.
 */
public final class JobComplexes {

    static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** Minutes one worker spent on one task over the period. */
    public record Worked(long workerId, long taskId, long minutes) {}

    /** One worker's complex. {@code ratedMinutes} are the minutes counted; {@code unratedMinutes} are not. */
    public record Complex(long workerId, long ratedMinutes, long unratedMinutes, BigDecimal desirability,
                          BigDecimal empowerment, long leastDesirableMinutes, BigDecimal ownLeastDesirableShare,
                          BigDecimal carriedLeastDesirableShare) {
        public BigDecimal hours() {
            return BigDecimal.valueOf(ratedMinutes).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
        }

        public BigDecimal shownDesirability() {
            return desirability.setScale(2, RoundingMode.HALF_EVEN);
        }

        public BigDecimal shownEmpowerment() {
            return empowerment.setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    /** The spread of the workers' complexes on one axis: population standard deviation and range (max − min). */
    public record Spread(BigDecimal standardDeviation, BigDecimal range, BigDecimal min, BigDecimal max) {
        static final Spread NONE = new Spread(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public BigDecimal shownDeviation() {
            return standardDeviation.setScale(2, RoundingMode.HALF_EVEN);
        }

        public BigDecimal shownRange() {
            return range.setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    /** Minutes spent on a task that has no rating in the round in force: reported, never counted. */
    public record Unrated(long workerId, long taskId, long minutes) {}

    /**
     * Minutes one worker punched on contracts of a service kind that no task takes: reported, never counted (named by
     * the kind, the contracts' module's {@code ServiceKind}).
     */
    public record Untaken(long workerId, String serviceKind, long minutes) {}

    /** The whole answer for a period. */
    public record Report(List<Complex> complexes, Spread desirability, Spread empowerment,
                         List<Long> leastDesirableTasks, Long largestLeastDesirableCarrier, List<Unrated> unrated,
                         List<Untaken> untaken) {

        public Report withUntaken(List<Untaken> untaken) {
            return new Report(complexes, desirability, empowerment, leastDesirableTasks, largestLeastDesirableCarrier,
                    unrated, List.copyOf(untaken));
        }

        public long unratedMinutes() {
            return unrated.stream().mapToLong(Unrated::minutes).sum();
        }
    }

    private JobComplexes() {}

    /**
     * The bottom quartile of the rated tasks by mean desirability: the ⌈n/4⌉ least desirable, and every task tied
     * with the last of them (so that equal tasks are treated alike).
     */
    public static List<Long> leastDesirable(Collection<TaskMeans> means) {
        List<TaskMeans> rated = new ArrayList<>(means.stream().filter(TaskMeans::rated).toList());
        if (rated.isEmpty()) return List.of();
        rated.sort(Comparator.comparing((TaskMeans m) -> m.mean(Axis.DESIRABILITY)).thenComparing(TaskMeans::taskId));
        int count = (rated.size() + 3) / 4;
        BigDecimal cut = rated.get(count - 1).mean(Axis.DESIRABILITY);
        return rated.stream().filter(m -> m.mean(Axis.DESIRABILITY).compareTo(cut) <= 0).map(TaskMeans::taskId).toList();
    }

    public static Report report(Collection<Worked> worked, Map<Long, TaskMeans> means) {
        TreeSet<Long> least = new TreeSet<>(leastDesirable(means.values()));
        Map<Long, long[]> minutes = new TreeMap<>(); // worker → rated, unrated, least desirable
        Map<Long, BigDecimal[]> weighted = new TreeMap<>(); // worker → Σ minutes × mean, per axis
        List<Unrated> unrated = new ArrayList<>();
        long leastTotal = 0;
        for (Worked w : worked) {
            if (w.minutes() == 0) continue;
            long[] m = minutes.computeIfAbsent(w.workerId(), k -> new long[3]);
            TaskMeans t = means.get(w.taskId());
            if (t == null || !t.rated()) {
                m[1] += w.minutes();
                unrated.add(new Unrated(w.workerId(), w.taskId(), w.minutes()));
                continue;
            }
            m[0] += w.minutes();
            BigDecimal[] s = weighted.computeIfAbsent(w.workerId(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal mins = BigDecimal.valueOf(w.minutes());
            // Σ minutes × (sum of ratings / raters), kept as sum × minutes / raters: exact up to DECIMAL64
            s[0] = s[0].add(mins.multiply(BigDecimal.valueOf(t.desirabilitySum())).divide(BigDecimal.valueOf(t.raters()), MC), MC);
            s[1] = s[1].add(mins.multiply(BigDecimal.valueOf(t.empowermentSum())).divide(BigDecimal.valueOf(t.raters()), MC), MC);
            if (least.contains(w.taskId())) {
                m[2] += w.minutes();
                leastTotal += w.minutes();
            }
        }
        List<Complex> complexes = new ArrayList<>();
        Long carrier = null;
        long carried = 0;
        for (var e : minutes.entrySet()) {
            long[] m = e.getValue();
            if (m[0] <= 0) {
                continue; // only unrated minutes: no complex, the minutes are in the unrated list
            }
            BigDecimal[] s = weighted.get(e.getKey());
            BigDecimal rated = BigDecimal.valueOf(m[0]);
            BigDecimal own = BigDecimal.valueOf(m[2]).divide(rated, MC);
            BigDecimal share = leastTotal == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(m[2]).divide(BigDecimal.valueOf(leastTotal), MC);
            complexes.add(new Complex(e.getKey(), m[0], m[1], s[0].divide(rated, MC), s[1].divide(rated, MC), m[2], own, share));
            if (m[2] > carried) {
                carried = m[2];
                carrier = e.getKey();
            }
        }
        // workers with only unrated minutes still appear in the unrated list
        return new Report(List.copyOf(complexes), spread(complexes, Axis.DESIRABILITY), spread(complexes, Axis.EMPOWERMENT),
                List.copyOf(least), carrier, List.copyOf(unrated), List.of());
    }

    /** Population standard deviation and range of the workers' complexes on an axis (each worker counts once). */
    public static Spread spread(List<Complex> complexes, Axis axis) {
        if (complexes.isEmpty()) return Spread.NONE;
        List<BigDecimal> values = complexes.stream()
                .map(c -> axis == Axis.DESIRABILITY ? c.desirability() : c.empowerment()).toList();
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
        BigDecimal mean = sum.divide(n, MC);
        BigDecimal squares = BigDecimal.ZERO;
        BigDecimal min = values.getFirst(), max = values.getFirst();
        for (BigDecimal v : values) {
            BigDecimal d = v.subtract(mean, MC);
            squares = squares.add(d.multiply(d, MC), MC);
            if (v.compareTo(min) < 0) min = v;
            if (v.compareTo(max) > 0) max = v;
        }
        BigDecimal variance = squares.divide(n, MC);
        return new Spread(variance.signum() == 0 ? BigDecimal.ZERO : variance.sqrt(MC), max.subtract(min, MC), min, max);
    }

    /** Minutes per task, for the reports of unrated tasks. */
    public static Map<Long, Long> unratedByTask(Report r) {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Unrated u : r.unrated()) out.merge(u.taskId(), u.minutes(), Long::sum);
        return out;
    }
}
