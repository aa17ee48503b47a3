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

    public BigDecimal shown(Axis axis) {
        return mean(axis).setScale(2, RoundingMode.HALF_EVEN);
    }
}
