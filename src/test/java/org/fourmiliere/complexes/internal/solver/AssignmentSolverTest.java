package org.fourmiliere.complexes.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Task;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Weights;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Worker;
import org.fourmiliere.complexes.internal.solver.AssignmentScore.Score;
import org.junit.jupiter.api.Test;

/**
 * The solver against an exhaustive search on small instances (up to 6 workers × 12 tasks, task hours in blocks, so
 * that every assignment can be enumerated): it reaches the optimum the enumeration finds, never breaks a hard
 * constraint, and with stability weighted high leaves a balanced team as it is.
 */
class AssignmentSolverTest {

    /** Every assignment of blocks to the workers who can or may learn each task; the best score. */
    static Score exhaustive(AssignmentProblem p) {
        AssignmentScore scorer = new AssignmentScore(p);
        int n = scorer.blocks();
        int[][] candidates = new int[n][];
        for (int b = 0; b < n; b++) {
            List<Integer> c = new ArrayList<>();
            for (int w = 0; w < p.workers().size(); w++) if (scorer.ability(scorer.taskOf(b), w) != Ability.CANNOT) c.add(w);
            candidates[b] = c.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] choice = new int[n], assignment = new int[n];
        Score best = null;
        while (true) {
            for (int b = 0; b < n; b++) assignment[b] = candidates[b][choice[b]];
            Score s = scorer.score(assignment);
            if (best == null || s.compareTo(best) > 0) best = s;
            int b = 0;
            while (b < n && ++choice[b] == candidates[b].length) choice[b++] = 0;
            if (b == n) return best;
        }
    }

    /** A random instance, the same for a seed: tasks of 1 or 2 blocks, each open to 1 to 3 workers (one may learn). */
    static AssignmentProblem instance(long seed, int workers, int tasks, Weights weights) {
        Random r = new Random(seed);
        List<Worker> ws = new ArrayList<>();
        int blocksNeeded = tasks + (tasks + 2) / 3;
        for (int w = 0; w < workers; w++) {
            double past = 60 * (10 + r.nextInt(30));
            ws.add(new Worker(w + 1, (blocksNeeded + workers - 1) / workers + 1 + r.nextInt(2), (long) past, past * (1 + 4 * r.nextDouble()),
                    past * (1 + 4 * r.nextDouble()), r.nextInt(3) == 0 ? Map.of(100L + r.nextInt(tasks), r.nextBoolean() ? 1 : -1) : Map.of()));
        }
        List<Task> ts = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            Map<Long, Ability> ab = new HashMap<>();
            int first = r.nextInt(workers);
            ab.put((long) first + 1, Ability.CAN);
            ab.put((long) (first + 1) % workers + 1, r.nextBoolean() ? Ability.CAN : Ability.LEARN);
            int blocks = 1 + (t % 3 == 0 ? 1 : 0);
            List<Long> current = new ArrayList<>();
            for (int k = 0; k < blocks; k++) current.add((long) first + 1);
            ts.add(new Task(100 + t, 1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble(), t < tasks / 4, blocks, ab, current));
        }
        return new AssignmentProblem(ws, ts, 120, 1, weights);
    }

    /**
     * The first {@code count} instances from {@code seed} on whose optimum is feasible: the enumeration leaves out the
     * workers who cannot do a task, so it covers every assignment that can be feasible, and its best is the optimum
     * only when that best is feasible.
     */
    static List<AssignmentProblem> feasible(long seed, int count, int workers, int tasks, Weights weights) {
        List<AssignmentProblem> out = new ArrayList<>();
        for (long s = seed; out.size() < count; s++) {
            if (s > seed + 200) throw new IllegalStateException("no feasible instance near seed " + seed);
            AssignmentProblem p = instance(s, workers, tasks, weights);
            if (exhaustive(p).feasible()) out.add(p);
        }
        return out;
    }

    static void reachesTheOptimum(AssignmentProblem p) {
        Score optimum = exhaustive(p);
        assertThat(optimum.feasible()).isTrue();
        AssignmentSolver.Result r = AssignmentSolver.solve(p,
                new AssignmentSolver.Limits(Duration.ofSeconds(20), null, optimum));
        assertThat(r.score()).as("solver vs exhaustive search").isEqualTo(optimum);
    }

    @Test
    void reachesTheOptimumOfTheExhaustiveSearch_sixWorkersTwelveTasks() {
        // 12 tasks, 16 blocks, each open to two workers: 2^16 = 65,536 assignments
        feasible(1, 3, 6, 12, Weights.DEFAULT).forEach(AssignmentSolverTest::reachesTheOptimum);
    }

    @Test
    void reachesTheOptimumOfTheExhaustiveSearch_fewerWorkers() {
        feasible(100, 2, 4, 8, new Weights(5, 10, 50, 20)).forEach(AssignmentSolverTest::reachesTheOptimum);
        feasible(200, 2, 3, 12, new Weights(3, 0, 10, 0)).forEach(AssignmentSolverTest::reachesTheOptimum);
    }

    @Test
    void theIncrementalScoreIsTheFullScoreAfterAnyChanges() {
        AssignmentProblem p = instance(5, 6, 12, Weights.DEFAULT);
        AssignmentScore full = new AssignmentScore(p);
        Plan plan = new Plan(full);
        Random r = new Random(3);
        for (Block b : plan.blocks) if (b.worker == null) b.worker = r.nextInt(6);
        PlanIncrementalScore inc = new PlanIncrementalScore();
        inc.resetWorkingSolution(plan);
        for (int step = 0; step < 2_000; step++) {
            Block b = plan.blocks.get(r.nextInt(plan.blocks.size()));
            inc.beforeVariableChanged(b, "worker");
            b.worker = r.nextInt(6);
            inc.afterVariableChanged(b, "worker");
            Score expected = full.score(plan.assignment());
            var got = inc.calculateScore();
            assertThat(got.hardScore()).isEqualTo(expected.hard());
            assertThat(got.softScore()).isEqualTo(expected.soft());
        }
    }

    @Test
    void hardConstraintsAreNeverBroken() {
        for (AssignmentProblem p : feasible(10, 4, 6, 12, new Weights(10, 0, 50, 20))) {
            Score optimum = exhaustive(p);
            AssignmentSolver.Result r = AssignmentSolver.solve(p, new AssignmentSolver.Limits(Duration.ofSeconds(10), null, optimum));
            AssignmentScore.Parts parts = new AssignmentScore(p).parts(r.assignment());
            assertThat(r.score().feasible()).isTrue();
            assertThat(parts.capacity() + parts.cannot() + parts.unpaired() + parts.leastShortfall()).isZero();
            // every block has a worker who may do it (the task's needed hours are all given)
            AssignmentScore s = new AssignmentScore(p);
            for (int b = 0; b < r.assignment().length; b++) {
                assertThat(s.ability(s.taskOf(b), r.assignment()[b])).isNotEqualTo(Ability.CANNOT);
            }
        }
    }

    @Test
    void withStabilityWeightedHighABalancedTeamIsLeftAsItIs() {
        // three workers, six tasks of two blocks: each worker holds one pleasant and one unpleasant task, everyone
        // can do everything, complexes are already close; moving a block would cost far more than it could gain
        List<Worker> ws = List.of(new Worker(1, 4, 0, 0, 0, Map.of()), new Worker(2, 4, 0, 0, 0, Map.of()),
                new Worker(3, 4, 0, 0, 0, Map.of()));
        Map<Long, Ability> all = Map.of(1L, Ability.CAN, 2L, Ability.CAN, 3L, Ability.CAN);
        List<Task> ts = List.of(
                new Task(1, 1.5, 2.0, true, 2, all, List.of(1L, 2L)),
                new Task(2, 1.6, 2.5, true, 2, all, List.of(3L, 1L)),
                new Task(3, 4.5, 4.0, false, 2, all, List.of(2L, 3L)),
                new Task(4, 4.0, 4.5, false, 2, all, List.of(1L, 3L)),
                new Task(5, 3.0, 3.0, false, 2, all, List.of(2L, 1L)),
                new Task(6, 3.2, 3.1, false, 2, all, List.of(3L, 2L)));
        AssignmentProblem p = new AssignmentProblem(ws, ts, 120, 1, new Weights(1, 1_000_000, 50, 20));
        int[] today = {0, 1, 2, 0, 1, 2, 0, 2, 1, 0, 2, 1};
        AssignmentSolver.Result r = AssignmentSolver.solve(p, new AssignmentSolver.Limits(Duration.ofSeconds(3), null, null));
        assertThat(r.assignment()).containsExactly(today);
        assertThat(new AssignmentScore(p).parts(r.assignment()).changes()).isZero();
        // the same team with stability not weighted would be changed: the test would see a change without the weight
        AssignmentProblem loose = new AssignmentProblem(ws, ts, 120, 1, new Weights(100, 0, 0, 0));
        AssignmentSolver.Result moved = AssignmentSolver.solve(loose, new AssignmentSolver.Limits(Duration.ofSeconds(3), null, null));
        assertThat(new AssignmentScore(loose).parts(moved.assignment()).changes()).isPositive();
    }
}
