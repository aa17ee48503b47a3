package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Runs Timefold Solver on an {@link AssignmentProblem}: a greedy construction ({@link GreedyStart}: today's
 * assignment where it holds, the least desirable minimum shares, then the other blocks, feasible when it can be),
 * then local search (Timefold's default: late acceptance over change and swap moves, each block's worker among those
 * able to do its task), until the time limit (or {@code unimproved} without a better score, or
 * the optimum when it is known). Pure: no Spring, no database; the service runs it on a background thread.
 */
public final class AssignmentSolver {

    /** The answer: the worker index of each block and its score. */
    public record Result(int[] assignment, AssignmentScore.Score score, long millis) {}

    public record Limits(Duration spent, Duration unimproved, AssignmentScore.Score knownOptimum) {
        public static Limits of(Duration spent) {
            return new Limits(spent, null, null);
        }
    }

    private AssignmentSolver() {}

    public static Result solve(AssignmentProblem problem, Limits limits) {
        return solve(problem, limits, (millis, score) -> {});
    }

    /** {@code progress} hears each new best score with the milliseconds spent. */
    public static Result solve(AssignmentProblem problem, Limits limits, BiConsumer<Long, AssignmentScore.Score> progress) {
        AssignmentScore scorer = new AssignmentScore(problem);
        if (scorer.blocks() == 0 || problem.workers().isEmpty()) {
            return new Result(new int[0], scorer.score(new int[0]), 0);
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limits.spent());
        if (limits.unimproved() != null) termination = termination.withUnimprovedSpentLimit(limits.unimproved());
        if (limits.knownOptimum() != null) {
            termination = termination.withBestScoreLimit(HardSoftScore.of(limits.knownOptimum().hard(), limits.knownOptimum().soft()).toString());
        }
        SolverConfig config = new SolverConfig().withSolutionClass(Plan.class).withEntityClasses(Block.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(PlanIncrementalScore.class))
                .withTerminationConfig(termination).withRandomSeed(7L);
        Solver<Plan> solver = SolverFactory.<Plan>create(config).buildSolver();
        long start = System.nanoTime();
        solver.addEventListener(e -> {
            HardSoftScore s = (HardSoftScore) e.getNewBestScore();
            if (e.isNewBestSolutionInitialized()) progress.accept(e.getTimeMillisSpent(), new AssignmentScore.Score(s.hardScore(), s.softScore()));
        });
        Plan best = solver.solve(new Plan(scorer));
        int[] assignment = best.assignment();
        return new Result(assignment, scorer.score(assignment), (System.nanoTime() - start) / 1_000_000);
    }
}
