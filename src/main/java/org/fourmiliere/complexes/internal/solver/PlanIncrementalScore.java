package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;

/**
 * The solver's score kept up to date block by block: each change of a block's worker updates the counts of that
 * worker and that task in constant time; the spread is computed from the workers' exact sums (one pass over the
 * workers). The same parts and the same formula as {@link AssignmentScore} (sums in millionths, exact integers), so
 * both give the same score for the same assignment; blocks not assigned yet weigh a million hard each.
 */
public class PlanIncrementalScore implements IncrementalScoreCalculator<Plan, HardSoftScore> {

    private AssignmentScore s;
    private int[] load, least;
    private long[] minutes, des, emp;
    private int[][] onTask;
    private int[] distinct, can, learn;
    private long capacity, shortfall, cannot, unpaired, single, changes, wishes, unassigned;
    private long bm;

    @Override
    public void resetWorkingSolution(Plan plan) {
        s = plan.scorer;
        int workers = s.p.workers().size(), tasks = s.p.tasks().size();
        bm = s.p.blockMinutes();
        load = new int[workers];
        least = new int[workers];
        minutes = s.pastMinutes.clone();
        des = s.pastDes.clone();
        emp = s.pastEmp.clone();
        onTask = new int[tasks][workers];
        distinct = new int[tasks];
        can = new int[tasks];
        learn = new int[tasks];
        capacity = shortfall = cannot = unpaired = single = changes = wishes = unassigned = 0;
        for (int w = 0; w < workers; w++) shortfall += shortOf(w);
        for (int t = 0; t < tasks; t++) single += singleOf(t);
        for (Block b : plan.blocks) {
            if (b.worker == null) unassigned++;
            else add(b.id, b.worker);
        }
    }

    private long overOf(int w) {
        return Math.max(0, load[w] - s.available[w]);
    }

    private long shortOf(int w) {
        return s.ableForLeast[w] ? Math.max(0, s.p.minLeastDesirableBlocks() - least[w]) : 0;
    }

    private long unpairedOf(int t) {
        return learn[t] > 0 && can[t] == 0 ? learn[t] : 0;
    }

    private long singleOf(int t) {
        return s.taskBlocks[t] >= 2 && distinct[t] <= 1 ? 1 : 0;
    }

    private void add(int block, int w) {
        move(block, w, +1);
    }

    private void remove(int block, int w) {
        move(block, w, -1);
    }

    private void move(int block, int w, int sign) {
        int t = s.blockTask[block];
        capacity -= overOf(w);
        shortfall -= shortOf(w);
        unpaired -= unpairedOf(t);
        single -= singleOf(t);
        load[w] += sign;
        if (s.leastTask[t]) least[w] += sign;
        minutes[w] += sign * bm;
        des[w] += sign * bm * s.taskDes[t];
        emp[w] += sign * bm * s.taskEmp[t];
        Ability a = s.ability[t][w];
        if (a == Ability.CAN) can[t] += sign;
        else if (a == Ability.LEARN) learn[t] += sign;
        else cannot += sign;
        int before = onTask[t][w];
        onTask[t][w] += sign;
        if (before == 0 && onTask[t][w] > 0) distinct[t]++;
        if (before > 0 && onTask[t][w] == 0) distinct[t]--;
        if (s.currentWorker[block] >= 0 && s.currentWorker[block] != w) changes += sign;
        wishes += sign * s.wish[w][t];
        capacity += overOf(w);
        shortfall += shortOf(w);
        unpaired += unpairedOf(t);
        single += singleOf(t);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        Block b = (Block) entity;
        if (b.worker == null) unassigned--;
        else remove(b.id, b.worker);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        Block b = (Block) entity;
        if (b.worker == null) unassigned++;
        else add(b.id, b.worker);
    }

    @Override
    public HardSoftScore calculateScore() {
        AssignmentScore.Parts parts = new AssignmentScore.Parts(capacity, cannot, unpaired, shortfall,
                AssignmentScore.deviation(des, minutes), AssignmentScore.deviation(emp, minutes), changes, single, wishes);
        AssignmentScore.Score score = s.combine(parts);
        return HardSoftScore.of(score.hard() - 1_000_000L * unassigned, score.soft());
    }
}
