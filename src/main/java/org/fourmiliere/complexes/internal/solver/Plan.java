package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;

/** The solver's view of an assignment: every block, the worker indices it may take, the score. */
@PlanningSolution
public class Plan {

    public AssignmentScore scorer;

    @PlanningEntityCollectionProperty
    public List<Block> blocks;

    @ProblemFactCollectionProperty
    public List<Integer> workers;

    @PlanningScore
    public HardSoftScore score;

    public Plan() {}

    /** Starts from the greedy assignment ({@link GreedyStart}): today's where it holds, feasible when it can be. */
    Plan(AssignmentScore scorer) {
        this.scorer = scorer;
        this.blocks = new ArrayList<>();
        int n = scorer.problem().workers().size(), tasks = scorer.problem().tasks().size();
        this.workers = new ArrayList<>();
        for (int w = 0; w < n; w++) workers.add(w);
        List<List<Integer>> able = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            List<Integer> a = new ArrayList<>();
            for (int w = 0; w < n; w++) if (scorer.ability(t, w) != AssignmentProblem.Ability.CANNOT) a.add(w);
            able.add(a.isEmpty() ? workers : List.copyOf(a));
        }
        int[] start = GreedyStart.assignment(scorer);
        for (int b = 0; b < scorer.blocks(); b++) {
            List<Integer> range = able.get(scorer.taskOf(b));
            blocks.add(new Block(b, range.contains(start[b]) ? start[b] : range.getFirst(), range));
        }
    }

    int[] assignment() {
        int[] a = new int[blocks.size()];
        for (Block b : blocks) a[b.id] = b.worker;
        return a;
    }

}
