package org.fourmiliere.complexes.internal.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the solver is asked: the workers of the coming period, the tasks with the hours they need (cut in blocks
 * of {@code blockMinutes}), who may do what, today's assignment, the past of each worker over the rolling window
 * and the weights of the soft goals. Immutable; indices are positions in {@link #workers()} and {@link #tasks()}.
 */
public record AssignmentProblem(List<Worker> workers, List<Task> tasks, int blockMinutes,
                                int minLeastDesirableBlocks, Weights weights) {

    /** Whether a worker may do a task: does it, may learn it paired with someone who can, or may not. */
    public enum Ability { CAN, LEARN, CANNOT }

    /**
     * A worker: the blocks they are available for in the period, and their past over the rolling window: minutes on
     * rated tasks and the sums minutes × mean on each axis. {@code wishes}: task id → +1 (would like it), −1 (would
     * rather not).
     */
    public record Worker(long id, int availableBlocks, long pastMinutes, double pastDesirabilityMinutes,
                         double pastEmpowermentMinutes, Map<Long, Integer> wishes) {
        public Worker {
            wishes = Map.copyOf(wishes);
        }
    }

    /**
     * A task: its means, whether it is among the least desirable, the blocks it needs, each worker's ability
     * (absent: CANNOT), and today's holder of each block (worker id, or null when the block is new).
     */
    public record Task(long id, double desirability, double empowerment, boolean leastDesirable, int blocks,
                       Map<Long, Ability> abilities, List<Long> current) {
        public Task {
            abilities = Map.copyOf(abilities);
            current = current == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(current));
        }

        public Ability ability(long workerId) {
            return abilities.getOrDefault(workerId, Ability.CANNOT);
        }
    }

    /** The weights of the soft goals: spread (per 0.001 of σ), per changed block, per task resting on one person, per wish. */
    public record Weights(long spread, long stability, long pairing, long wishes) {
        public static final Weights DEFAULT = new Weights(1, 100, 50, 20);
    }

    public AssignmentProblem {
        workers = List.copyOf(workers);
        tasks = List.copyOf(tasks);
    }

    public int blockCount() {
        int n = 0;
        for (Task t : tasks) n += t.blocks();
        return n;
    }
}
