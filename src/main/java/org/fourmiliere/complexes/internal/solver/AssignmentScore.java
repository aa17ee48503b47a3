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
 * Means enter as whole millionths, so that the sums of minutes × mean are exact integers: the incremental
 * calculator of the solver ({@link PlanIncrementalScore}) and this one reach the same sums in any order.
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

    final AssignmentProblem p;
    final int[] blockTask;
    final int[] currentWorker;
    final Ability[][] ability; // [task][worker]
    final int[][] wish;        // [worker][task]
    final boolean[] ableForLeast;
    final long[] taskDes, taskEmp;            // means in millionths
    final long[] pastMinutes, pastDes, pastEmp; // per worker, the sums in millionths
    final int[] available;
    final boolean[] leastTask;
    final int[] taskBlocks;

    public AssignmentScore(AssignmentProblem p) {
        this.p = p;
        int n = p.blockCount(), tasks = p.tasks().size(), workers = p.workers().size();
        blockTask = new int[n];
        currentWorker = new int[n];
        ability = new Ability[tasks][workers];
        wish = new int[workers][tasks];
        ableForLeast = new boolean[workers];
        taskDes = new long[tasks];
        taskEmp = new long[tasks];
        leastTask = new boolean[tasks];
        taskBlocks = new int[tasks];
        pastMinutes = new long[workers];
        pastDes = new long[workers];
        pastEmp = new long[workers];
        available = new int[workers];
        for (int w = 0; w < workers; w++) {
            Worker worker = p.workers().get(w);
            pastMinutes[w] = worker.pastMinutes();
            pastDes[w] = Math.round(worker.pastDesirabilityMinutes() * MICRO);
            pastEmp[w] = Math.round(worker.pastEmpowermentMinutes() * MICRO);
            available[w] = worker.availableBlocks();
        }
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int w = 0; w < workers; w++) index.put(p.workers().get(w).id(), w);
        int b = 0;
        for (int t = 0; t < tasks; t++) {
            Task task = p.tasks().get(t);
            taskDes[t] = Math.round(task.desirability() * MICRO);
            taskEmp[t] = Math.round(task.empowerment() * MICRO);
            leastTask[t] = task.leastDesirable();
            taskBlocks[t] = task.blocks();
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

    static final double MICRO = 1_000_000;

    public Score score(int[] assignment) {
        return combine(parts(assignment));
    }

    /** The score of its parts: the one formula of both calculators. */
    Score combine(Parts x) {
        AssignmentProblem.Weights w = p.weights();
        long hard = x.capacity + x.cannot + x.unpaired + x.leastShortfall;
        long spread = Math.round(1000 * (x.sdDesirability + x.sdEmpowerment));
        long soft = spread * w.spread() + x.changes * w.stability() + x.singleHolderTasks * w.pairing() - x.wishBalance * w.wishes();
        return new Score(-hard, -soft);
    }

    /** The parts of the score; {@code assignment[b]} is the worker index of block b. */
    public Parts parts(int[] assignment) {
        int workers = p.workers().size(), tasks = p.tasks().size();
        int[] load = new int[workers];
        int[] least = new int[workers];
        long[] minutes = pastMinutes.clone(), des = pastDes.clone(), emp = pastEmp.clone();
        int[] canOnTask = new int[tasks], learnOnTask = new int[tasks], firstWorker = new int[tasks];
        boolean[] several = new boolean[tasks];
        java.util.Arrays.fill(firstWorker, -1);
        long cannot = 0, changes = 0, wishes = 0;
        long bm = p.blockMinutes();
        for (int b = 0; b < assignment.length; b++) {
            int w = assignment[b], t = blockTask[b];
            Task task = p.tasks().get(t);
            load[w]++;
            minutes[w] += bm;
            des[w] += bm * taskDes[t];
            emp[w] += bm * taskEmp[t];
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

    /** Population σ of the complexes sum/minutes of the workers who have minutes (sums in millionths). */
    static double deviation(long[] sums, long[] minutes) {
        int n = 0;
        double s = 0, q = 0;
        for (int w = 0; w < sums.length; w++) {
            if (minutes[w] <= 0) continue;
            double c = (double) sums[w] / minutes[w] / MICRO;
            n++;
            s += c;
            q += c * c;
        }
        if (n == 0) return 0;
        double mean = s / n;
        return Math.sqrt(Math.max(0, q / n - mean * mean));
    }
}
