package org.fourmiliere.complexes.internal.solver;

import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Task;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Worker;

/**
 * The score of one assignment of blocks to workers, the one the solver optimises and the exhaustive search of the
 * tests enumerates. Pure and deterministic (doubles inside, rounded once to whole thousandths).
 * <p>
 * Hard (each unit is one block in the wrong place): a worker over their available blocks; a block given to
 * someone who cannot do the task; a learner on a task where nobody who can is also assigned; a worker able to do a
 * least desirable task with fewer than the minimum of least desirable blocks. Every block is always assigned, so
 * each task's needed hours are met by construction.
 * <p>
 * Soft: the spread of complexes over the rolling window (past minutes plus the coming period; σ of desirability +
 * σ of empowerment, in thousandths), the blocks changed from today, the tasks of two blocks or more resting on one
 * person, the wishes (a wished block counts for, an unwished one against).
 */
public final class AssignmentScore {

    /** Hard and soft parts, the higher the better (0 is the best possible hard score). */
    public record Score(long hard, long soft) implements Comparable<Score> {
        @Override
        public int compareTo(Score o) {
            return hard != o.hard ? Long.compare(hard, o.hard) : Long.compare(soft, o.soft);
        }

        public boolean feasible() {
            return hard >= 0;
        }
    }

    /** What the score is made of, for the page that explains a proposal. */
    public record Parts(long capacity, long cannot, long unpaired, long leastShortfall, double sdDesirability,
                        double sdEmpowerment, long changes, long singleHolderTasks, long wishBalance) {}

    private final AssignmentProblem p;
    private final int[] blockTask;
    private final int[] currentWorker;
    private final Ability[][] ability; // [task][worker]
    private final int[][] wish;        // [worker][task]
    private final boolean[] ableForLeast;

    public AssignmentScore(AssignmentProblem p) {
        this.p = p;
        int n = p.blockCount(), tasks = p.tasks().size(), workers = p.workers().size();
        blockTask = new int[n];
        currentWorker = new int[n];
        ability = new Ability[tasks][workers];
        wish = new int[workers][tasks];
        ableForLeast = new boolean[workers];
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int w = 0; w < workers; w++) index.put(p.workers().get(w).id(), w);
        int b = 0;
        for (int t = 0; t < tasks; t++) {
            Task task = p.tasks().get(t);
            for (int k = 0; k < task.blocks(); k++, b++) {
                blockTask[b] = t;
                Long cur = k < task.current().size() ? task.current().get(k) : null;
                currentWorker[b] = cur == null ? -1 : index.getOrDefault(cur, -1);
            }
            for (int w = 0; w < workers; w++) {
                Worker worker = p.workers().get(w);
                ability[t][w] = task.ability(worker.id());
                wish[w][t] = worker.wishes().getOrDefault(task.id(), 0);
                if (task.leastDesirable() && ability[t][w] == Ability.CAN && worker.availableBlocks() > 0) ableForLeast[w] = true;
            }
        }
    }

    public AssignmentProblem problem() {
        return p;
    }

    public int blocks() {
        return blockTask.length;
    }

    public int taskOf(int block) {
        return blockTask[block];
    }

    /** Today's worker index of the block, −1 when it has none. */
    public int currentOf(int block) {
        return currentWorker[block];
    }

    public Ability ability(int task, int worker) {
        return ability[task][worker];
    }

    public Score score(int[] assignment) {
        Parts x = parts(assignment);
        Weights w = new Weights(p.weights());
        long hard = x.capacity + x.cannot + x.unpaired + x.leastShortfall;
        long spread = Math.round(1000 * (x.sdDesirability + x.sdEmpowerment));
        long soft = spread * w.spread + x.changes * w.stability + x.singleHolderTasks * w.pairing - x.wishBalance * w.wishes;
        return new Score(-hard, -soft);
    }

    private record Weights(long spread, long stability, long pairing, long wishes) {
        Weights(AssignmentProblem.Weights w) {
            this(w.spread(), w.stability(), w.pairing(), w.wishes());
        }
    }

    /** The parts of the score; {@code assignment[b]} is the worker index of block b. */
    public Parts parts(int[] assignment) {
        int workers = p.workers().size(), tasks = p.tasks().size();
        int[] load = new int[workers];
        int[] least = new int[workers];
        double[] minutes = new double[workers], des = new double[workers], emp = new double[workers];
        for (int w = 0; w < workers; w++) {
            Worker worker = p.workers().get(w);
            minutes[w] = worker.pastMinutes();
            des[w] = worker.pastDesirabilityMinutes();
            emp[w] = worker.pastEmpowermentMinutes();
        }
        int[] canOnTask = new int[tasks], learnOnTask = new int[tasks], firstWorker = new int[tasks];
        boolean[] several = new boolean[tasks];
        java.util.Arrays.fill(firstWorker, -1);
        long cannot = 0, changes = 0, wishes = 0;
        double bm = p.blockMinutes();
        for (int b = 0; b < assignment.length; b++) {
            int w = assignment[b], t = blockTask[b];
            Task task = p.tasks().get(t);
            load[w]++;
            minutes[w] += bm;
            des[w] += bm * task.desirability();
            emp[w] += bm * task.empowerment();
            switch (ability[t][w]) {
                case CAN -> canOnTask[t]++;
                case LEARN -> learnOnTask[t]++;
                case CANNOT -> cannot++;
            }
            if (task.leastDesirable()) least[w]++;
            if (currentWorker[b] >= 0 && currentWorker[b] != w) changes++;
            wishes += wish[w][t];
            if (firstWorker[t] < 0) firstWorker[t] = w;
            else if (firstWorker[t] != w) several[t] = true;
        }
        long capacity = 0, shortfall = 0, unpaired = 0, single = 0;
        for (int w = 0; w < workers; w++) {
            capacity += Math.max(0, load[w] - p.workers().get(w).availableBlocks());
            if (ableForLeast[w]) shortfall += Math.max(0, p.minLeastDesirableBlocks() - least[w]);
        }
        for (int t = 0; t < tasks; t++) {
            if (learnOnTask[t] > 0 && canOnTask[t] == 0) unpaired += learnOnTask[t];
            if (p.tasks().get(t).blocks() >= 2 && !several[t]) single++;
        }
        return new Parts(capacity, cannot, unpaired, shortfall, deviation(des, minutes), deviation(emp, minutes), changes,
                single, wishes);
    }

    /** Population σ of the complexes sum/minutes of the workers who have minutes. */
    private static double deviation(double[] sums, double[] minutes) {
        int n = 0;
        double s = 0, q = 0;
        for (int w = 0; w < sums.length; w++) {
            if (minutes[w] <= 0) continue;
            double c = sums[w] / minutes[w];
            n++;
            s += c;
            q += c * c;
        }
        if (n == 0) return 0;
        double mean = s / n;
        return Math.sqrt(Math.max(0, q / n - mean * mean));
    }
}
