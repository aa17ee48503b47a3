package org.fourmiliere.complexes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fourmiliere.complexes.internal.JobComplexes.Complex;
import org.fourmiliere.complexes.internal.JobComplexes.Report;
import org.fourmiliere.complexes.internal.JobComplexes.Unrated;
import org.fourmiliere.complexes.internal.JobComplexes.Worked;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of job complexes on an example computed by hand.
 *
 * <pre>
 * Ratings of the round (two raters on tasks 1 and 2, one on task 3, none on task 4):
 *   task 1  desirability 1, 2 → 1.5   empowerment 2, 2 → 2
 *   task 2  desirability 4, 5 → 4.5   empowerment 4, 4 → 4
 *   task 3  desirability 3    → 3     empowerment 5    → 5
 *   task 4  not rated
 * Bottom quartile: 3 rated tasks, ⌈3/4⌉ = 1 → task 1 (1.5) is the least desirable.
 *
 * Minutes of the period:
 *   A: task 1 120, task 2 60            → D = (120×1.5 + 60×4.5)/180 = 450/180 = 2.5
 *                                         E = (120×2 + 60×4)/180     = 480/180 = 8/3 ≈ 2.67
 *   B: task 2 60, task 3 120            → D = (60×4.5 + 120×3)/180   = 630/180 = 3.5
 *                                         E = (60×4 + 120×5)/180     = 840/180 = 14/3 ≈ 4.67
 *   C: task 1 60, task 3 60, task 4 30  → D = (60×1.5 + 60×3)/120    = 270/120 = 2.25
 *                                         E = (60×2 + 60×5)/120      = 420/120 = 3.5
 *      (the 30 minutes on task 4 are reported as unrated, not counted)
 *
 * Spread of desirability: 2.5, 3.5, 2.25; mean 8.25/3 = 2.75; deviations −0.25, 0.75, −0.5;
 *   squares 0.0625 + 0.5625 + 0.25 = 0.875; variance 0.875/3 = 0.291666…; σ = 0.540061… → 0.54;
 *   range 3.5 − 2.25 = 1.25.
 * Spread of empowerment: 8/3, 14/3, 7/2; mean 65/18; deviations −17/18, 19/18, −2/18;
 *   squares (289 + 361 + 4)/324 = 654/324; variance 654/972 = 0.672839…; σ = 0.820268… → 0.82;
 *   range: the lowest is A (8/3), not C (7/2): 14/3 − 8/3 = 2.
 * Least desirable hours: A 120, C 60, total 180 → A carries 120/180 = 2/3, C 1/3; A's own share 120/180 = 2/3.
 * </pre>
 */
class JobComplexesTest {

    static final Map<Long, TaskMeans> MEANS = Map.of(
            1L, TaskMeans.of(1, new int[] {1, 2}, new int[] {2, 2}),
            2L, TaskMeans.of(2, new int[] {4, 5}, new int[] {4, 4}),
            3L, TaskMeans.of(3, new int[] {3}, new int[] {5}),
            4L, TaskMeans.unrated(4));

    static final List<Worked> WORKED = List.of(
            new Worked(100, 1, 120), new Worked(100, 2, 60),
            new Worked(200, 2, 60), new Worked(200, 3, 120),
            new Worked(300, 1, 60), new Worked(300, 3, 60), new Worked(300, 4, 30));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void hoursWeightedMeansOfTheHandExample() {
        Report r = JobComplexes.report(WORKED, MEANS);
        assertThat(r.complexes()).extracting(Complex::workerId).containsExactly(100L, 200L, 300L);
        Complex a = r.complexes().get(0), b = r.complexes().get(1), c = r.complexes().get(2);
        assertThat(a.desirability()).isEqualByComparingTo("2.5");
        assertThat(a.shownEmpowerment()).isEqualByComparingTo("2.67");
        assertThat(b.desirability()).isEqualByComparingTo("3.5");
        assertThat(b.shownEmpowerment()).isEqualByComparingTo("4.67");
        assertThat(c.desirability()).isEqualByComparingTo("2.25");
        assertThat(c.empowerment()).isEqualByComparingTo("3.5");
        assertThat(a.hours()).isEqualByComparingTo("3.00");
        assertThat(c.ratedMinutes()).isEqualTo(120);
    }

    @Test
    void spreadOfTheHandExample() {
        Report r = JobComplexes.report(WORKED, MEANS);
        assertThat(r.desirability().shownDeviation()).isEqualByComparingTo("0.54");
        assertThat(r.desirability().standardDeviation().setScale(6, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.540062");
        assertThat(r.desirability().range()).isEqualByComparingTo("1.25");
        assertThat(r.empowerment().shownDeviation()).isEqualByComparingTo("0.82");
        assertThat(r.empowerment().standardDeviation().setScale(6, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.820268");
        assertThat(r.empowerment().shownRange()).isEqualByComparingTo("2.00");
    }

    @Test
    void leastDesirableHoursAndWhoCarriesThem() {
        Report r = JobComplexes.report(WORKED, MEANS);
        assertThat(r.leastDesirableTasks()).containsExactly(1L);
        assertThat(r.largestLeastDesirableCarrier()).isEqualTo(100L);
        Complex a = r.complexes().get(0), b = r.complexes().get(1), c = r.complexes().get(2);
        assertThat(a.carriedLeastDesirableShare().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6667");
        assertThat(c.carriedLeastDesirableShare().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.3333");
        assertThat(b.leastDesirableMinutes()).isZero();
        assertThat(a.ownLeastDesirableShare().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6667");
    }

    @Test
    void aTaskWithoutRatingsIsReportedNotCounted() {
        Report r = JobComplexes.report(WORKED, MEANS);
        assertThat(r.unrated()).containsExactly(new Unrated(300, 4, 30));
        Complex c = r.complexes().get(2);
        assertThat(c.unratedMinutes()).isEqualTo(30);
        // counted, the 30 minutes would have moved C's mean; they do not
        assertThat(c.desirability()).isEqualByComparingTo("2.25");
        // a worker with nothing but unrated minutes has no complex, and is in the unrated list
        Report only = JobComplexes.report(List.of(new Worked(400, 4, 90)), MEANS);
        assertThat(only.complexes()).isEmpty();
        assertThat(only.unratedMinutes()).isEqualTo(90);
    }

    @Test
    void meansAndDispersionOfATask() {
        TaskMeans t = TaskMeans.of(9, new int[] {1, 3, 5}, new int[] {2, 2, 2});
        // mean 3, Σx² = 35, variance 35/3 − 9 = 8/3, σ = 1.632993…
        assertThat(t.mean(Axis.DESIRABILITY)).isEqualByComparingTo("3");
        assertThat(t.dispersion(Axis.DESIRABILITY).setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.6330");
        assertThat(t.dispersion(Axis.EMPOWERMENT)).isEqualByComparingTo("0");
    }

    @Test
    void ties_atTheQuartileCutAreAllLeastDesirable() {
        var means = List.of(TaskMeans.of(1, new int[] {2}, new int[] {3}), TaskMeans.of(2, new int[] {2}, new int[] {3}),
                TaskMeans.of(3, new int[] {4}, new int[] {3}), TaskMeans.of(4, new int[] {5}, new int[] {3}),
                TaskMeans.of(5, new int[] {5}, new int[] {3}));
        // ⌈5/4⌉ = 2: tasks 1 and 2 (both 2.0)
        assertThat(JobComplexes.leastDesirable(means)).containsExactly(1L, 2L);
    }

    /** Every multiset of n ratings from 1 to 5 with that sum and sum of squares, by enumeration (at most 2 counted). */
    static int waysByEnumeration(int n, long sum, long squares) {
        int[] counts = new int[1];
        enumerate(n, 1, sum, squares, counts);
        return Math.min(2, counts[0]);
    }

    private static void enumerate(int left, int from, long sum, long squares, int[] counts) {
        if (left == 0) {
            if (sum == 0 && squares == 0) counts[0]++;
            return;
        }
        for (int r = from; r <= 5; r++) enumerate(left - 1, r, sum - r, squares - (long) r * r, counts);
    }

    @Test
    void theWaysOfRatingAgreeWithAnEnumeration() {
        for (int n = 0; n <= 8; n++) {
            for (long sum = 0; sum <= 5L * n + 1; sum++) {
                for (long squares = 0; squares <= 25L * n + 1; squares++) {
                    assertThat(TaskMeans.ways(n, sum, squares)).as("n %d, sum %d, squares %d", n, sum, squares)
                            .isEqualTo(waysByEnumeration(n, sum, squares));
                }
            }
        }
    }

    @Test
    void theDispersionIsShownOnlyWhenItGivesNoRatingAway() {
        // three raters 1, 3, 5: mean 3 and σ 1.63 are only possible with 1, 3 and 5
        assertThat(TaskMeans.of(9, new int[] {1, 3, 5}, new int[] {2, 3, 4}).dispersionShowable(Axis.DESIRABILITY)).isFalse();
        // five raters: below the minimum, whatever the ratings
        assertThat(TaskMeans.of(9, new int[] {1, 2, 3, 4, 5}, new int[] {2, 2, 2, 2, 2}).dispersionShowable(Axis.DESIRABILITY)).isFalse();
        // six raters all at 5: the mean alone says it, the dispersion adds nothing one may show
        assertThat(TaskMeans.of(9, new int[] {5, 5, 5, 5, 5, 5}, new int[] {5, 5, 5, 5, 5, 5}).dispersionShowable(Axis.EMPOWERMENT)).isFalse();
        // six raters 1, 1, 4, 4, 4, 4: sum 18, squares 66 — also 1, 2, 2, 4, 4, 5 and 2, 2, 2, 2, 5, 5; taking away any own rating still
        // leaves two ways for the others
        TaskMeans six = TaskMeans.of(9, new int[] {1, 1, 4, 4, 4, 4}, new int[] {2, 2, 2, 3, 4, 5});
        assertThat(TaskMeans.ways(6, 18, 66)).isEqualTo(2);
        assertThat(six.dispersionShowable(Axis.DESIRABILITY)).isTrue();
        assertThat(six.dispersionShowable(Axis.EMPOWERMENT)).isTrue();
        // six raters 1, 2, 3, 4, 5, 5: nothing else has that sum and sum of squares
        assertThat(TaskMeans.of(9, new int[] {1, 2, 3, 4, 5, 5}, new int[] {1, 2, 3, 4, 5, 5}).dispersionShowable(Axis.DESIRABILITY)).isFalse();
    }
}
