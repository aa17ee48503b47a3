package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What a round says of one task, without saying who said what: on each axis the sum of the ratings and their
 * count, so that the mean stays an exact fraction until it is shown; the dispersion is the population standard
 * deviation of the ratings (from the sum of squares). A task nobody rated has {@code raters == 0}.
 */
public record TaskMeans(long taskId, int raters, long desirabilitySum, long desirabilitySquares, long empowermentSum,
                        long empowermentSquares) {

    static final MathContext MC = MathContext.DECIMAL64;

    public static TaskMeans unrated(long taskId) {
        return new TaskMeans(taskId, 0, 0, 0, 0, 0);
    }

    /** The means of a task from the ratings on each axis (same raters on both axes). */
    public static TaskMeans of(long taskId, int[] desirability, int[] empowerment) {
        long ds = 0, dq = 0, es = 0, eq = 0;
        for (int d : desirability) { ds += d; dq += (long) d * d; }
        for (int e : empowerment) { es += e; eq += (long) e * e; }
        return new TaskMeans(taskId, desirability.length, ds, dq, es, eq);
    }

    public boolean rated() {
        return raters > 0;
    }

    public BigDecimal mean(Axis axis) {
        if (!rated()) throw new IllegalStateException("task " + taskId + " has no rating");
        long sum = axis == Axis.DESIRABILITY ? desirabilitySum : empowermentSum;
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(raters), MC);
    }

    /** Population standard deviation of the ratings on the axis: sqrt(Σx²/n − (Σx/n)²). */
    public BigDecimal dispersion(Axis axis) {
        if (!rated()) return BigDecimal.ZERO;
        long sum = axis == Axis.DESIRABILITY ? desirabilitySum : empowermentSum;
        long squares = axis == Axis.DESIRABILITY ? desirabilitySquares : empowermentSquares;
        // n·Σx² − (Σx)² over n², exact in integers before the one square root
        BigDecimal num = BigDecimal.valueOf((long) raters * squares - sum * sum);
        BigDecimal variance = num.divide(BigDecimal.valueOf((long) raters * raters), MC);
        return variance.signum() <= 0 ? BigDecimal.ZERO : variance.sqrt(MC);
    }

    /** Fewest raters from whom a dispersion may be shown at all (ADR 0212). */
    public static final int MIN_DISPERSION_RATERS = 5;

    /**
     * Whether the dispersion on the axis may be shown (ADR 0212). A count, a mean and a standard deviation give the
     * sum and the sum of squares of the ratings; with few raters they single out the ratings themselves. Shown only
     * from {@link #MIN_DISPERSION_RATERS} raters, and only when neither anyone (from the count, sum and sum of
     * squares) nor a rater (taking away their own rating, whatever it is) can tell the ratings of the others: at least
     * two ways of rating remain in each case.
     */
    public boolean dispersionShowable(Axis axis) {
        if (raters < MIN_DISPERSION_RATERS) return false;
        long sum = axis == Axis.DESIRABILITY ? desirabilitySum : empowermentSum;
        long squares = axis == Axis.DESIRABILITY ? desirabilitySquares : empowermentSquares;
        if (ways(raters, sum, squares) < 2) return false;
        for (int own = 1; own <= 5; own++) {
            if (ways(raters - 1, sum - own, squares - (long) own * own) == 1) return false;
        }
        return true;
    }

    /**
     * How many multisets of {@code n} ratings from 1 to 5 have that sum and sum of squares (counted up to 2). With
     * c1…c5 the counts of each rating, three equations leave c4 and c5 free: c3 = (C − A − 3(B − A)) / 2 and
     * c2 = B − A − 2·c3, c1 = A − c2 − c3, where A, B, C are n, the sum and the sum of squares less what c4 and c5 take.
     */
    static int ways(int n, long sum, long squares) {
        if (n < 0) return 0;
        int found = 0;
        for (int c5 = 0; c5 <= n; c5++) {
            for (int c4 = 0; c4 + c5 <= n; c4++) {
                long a = n - c4 - c5, b = sum - 4L * c4 - 5L * c5, c = squares - 16L * c4 - 25L * c5;
                long twice = c - a - 3 * (b - a);
                if (twice < 0 || twice % 2 != 0) continue;
                long c3 = twice / 2, c2 = b - a - 2 * c3, c1 = a - c2 - c3;
                if (c2 < 0 || c1 < 0) continue;
                if (++found >= 2) return found;
            }
        }
        return found;
    }

    public BigDecimal shown(Axis axis) {
        return mean(axis).setScale(2, RoundingMode.HALF_EVEN);
    }
}
