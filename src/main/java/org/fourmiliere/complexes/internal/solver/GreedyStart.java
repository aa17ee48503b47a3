package org.fourmiliere.complexes.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;

/**
 * The construction heuristic: a first assignment that keeps every hard constraint whenever a simple greedy pass can,
 * so that the local search spends its time on the soft goals. In order:
 * <ol>
 *   <li>today's blocks stay with their holder while the holder can do the task and has hours left (one block of each
 *       of the holder's tasks before a second one of any);</li>
 *   <li>the minimum share of least desirable blocks, workers with the fewest such tasks they can do first: a free
 *       block, else one taken from a worker above the minimum (a worker without hours left gives up a block of
 *       another task, placed again in 3);</li>
 *   <li>the blocks left, tasks with the fewest able workers first, each to the able worker with the fewest blocks of
 *       the task yet, then the most blocks left; a learner only beside someone who can.</li>
 * </ol>
 */
final class GreedyStart {

    private final AssignmentScore s;
    private final int workers, tasks;
    private final int[] assignment, remaining, least;
    private final int[][] onTask; // [task][worker]
    private final int[] canOnTask;

    private GreedyStart(AssignmentScore s) {
        this.s = s;
        workers = s.p.workers().size();
        tasks = s.p.tasks().size();
        assignment = new int[s.blocks()];
        Arrays.fill(assignment, -1);
        remaining = s.available.clone();
        least = new int[workers];
        onTask = new int[tasks][workers];
        canOnTask = new int[tasks];
    }

    /** The worker index of each block; every block is given to someone. */
    static int[] assignment(AssignmentScore s) {
        GreedyStart g = new GreedyStart(s);
        g.keepToday();
        g.leastShares();
        g.rest();
        return g.assignment;
    }

    private void give(int b, int w) {
        int t = s.blockTask[b];
        assignment[b] = w;
        remaining[w]--;
        if (s.leastTask[t]) least[w]++;
        onTask[t][w]++;
        if (s.ability[t][w] == Ability.CAN) canOnTask[t]++;
    }

    private void take(int b) {
        int w = assignment[b], t = s.blockTask[b];
        assignment[b] = -1;
        remaining[w]++;
        if (s.leastTask[t]) least[w]--;
        onTask[t][w]--;
        if (s.ability[t][w] == Ability.CAN) canOnTask[t]--;
    }

    private void keepToday() {
        // a worker who holds more blocks today than they have hours for keeps one block of each of their tasks first,
        // then a second of each, and so on: the blocks let go break tasks that rest on them alone
        int[] rank = new int[assignment.length];
        int[][] seen = new int[tasks][workers];
        for (int b = 0; b < assignment.length; b++) {
            int w = s.currentWorker[b];
            if (w >= 0) rank[b] = seen[s.blockTask[b]][w]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < assignment.length; b++) order.add(b);
        order.sort(Comparator.comparingInt((Integer b) -> rank[b]).thenComparingInt(b -> b));
        for (int b : order) {
            int w = s.currentWorker[b];
            if (w >= 0 && remaining[w] > 0 && s.ability[s.blockTask[b]][w] == Ability.CAN) give(b, w);
        }
        // today's learners stay where someone who can is kept beside them
        for (int b = 0; b < assignment.length; b++) {
            int w = s.currentWorker[b], t = s.blockTask[b];
            if (assignment[b] < 0 && w >= 0 && remaining[w] > 0 && s.ability[t][w] == Ability.LEARN && canOnTask[t] > 0) give(b, w);
        }
    }

    private void leastShares() {
        int min = s.p.minLeastDesirableBlocks();
        if (min <= 0) return;
        int[] options = new int[workers];
        for (int t = 0; t < tasks; t++) {
            if (!s.leastTask[t]) continue;
            for (int w = 0; w < workers; w++) if (s.ability[t][w] == Ability.CAN) options[w]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int w = 0; w < workers; w++) if (s.ableForLeast[w]) order.add(w);
        order.sort(Comparator.comparingInt((Integer w) -> options[w]).thenComparingInt(w -> w));
        for (int w : order) {
            while (least[w] < min) {
                int b = leastBlockFor(w, min);
                if (b < 0) break;
                if (remaining[w] <= 0 && !release(w)) break;
                if (assignment[b] >= 0) take(b);
                give(b, w);
            }
        }
    }

    /** A least desirable block w can do: a free one, else one of a worker above the minimum; −1 when none. */
    private int leastBlockFor(int w, int min) {
        int taken = -1;
        for (int b = 0; b < assignment.length; b++) {
            int t = s.blockTask[b];
            if (!s.leastTask[t] || s.ability[t][w] != Ability.CAN) continue;
            int holder = assignment[b];
            if (holder < 0) return b;
            if (taken < 0 && holder != w && least[holder] > min) taken = b;
        }
        return taken;
    }

    /** Frees one block of w that is not least desirable (to be placed again later); false when w has none. */
    private boolean release(int w) {
        for (int b = 0; b < assignment.length; b++) {
            if (assignment[b] == w && !s.leastTask[s.blockTask[b]]) {
                take(b);
                return true;
            }
        }
        return false;
    }

    private void rest() {
        int[] able = new int[tasks];
        for (int t = 0; t < tasks; t++) for (int w = 0; w < workers; w++) if (s.ability[t][w] == Ability.CAN) able[t]++;
        List<Integer> free = new ArrayList<>();
        for (int b = 0; b < assignment.length; b++) if (assignment[b] < 0) free.add(b);
        free.sort(Comparator.comparingInt((Integer b) -> able[s.blockTask[b]]).thenComparingInt(b -> b));
        for (int b : free) give(b, choose(s.blockTask[b]));
    }

    private int choose(int t) {
        int best = pick(t, Ability.CAN, true);
        if (best < 0 && canOnTask[t] > 0) best = pick(t, Ability.LEARN, true);
        if (best < 0) best = pick(t, Ability.CAN, false);
        if (best < 0) best = pick(t, Ability.LEARN, false);
        if (best < 0) best = pick(t, Ability.CANNOT, false);
        return best;
    }

    /**
     * The worker of that ability with the fewest blocks of the task already, then the most blocks left (with some
     * left, when {@code withRoom}); −1 when none.
     */
    private int pick(int t, Ability ability, boolean withRoom) {
        int best = -1;
        for (int w = 0; w < workers; w++) {
            if (s.ability[t][w] != ability || (withRoom && remaining[w] <= 0)) continue;
            if (best < 0 || onTask[t][w] < onTask[t][best]
                    || (onTask[t][w] == onTask[t][best] && remaining[w] > remaining[best])) best = w;
        }
        return best;
    }
}
