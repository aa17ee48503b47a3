package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;

/** The solver's view of an assignment: every block, the worker indices it may take, the score. */
@PlanningSolution
public class Plan {

    public AssignmentScore scorer;

    @PlanningEntityCollectionProperty
    public List<Block> blocks;

    @ValueRangeProvider(id = "workers")
    @ProblemFactCollectionProperty
    public List<Integer> workers;

    @PlanningScore
    public HardSoftScore score;

    public Plan() {}

    /** Starts from today's assignment where a block has one; the others are left to the construction heuristic. */
    Plan(AssignmentScore scorer) {
        this.scorer = scorer;
        this.blocks = new ArrayList<>();
        for (int b = 0; b < scorer.blocks(); b++) {
            int cur = scorer.currentOf(b);
            blocks.add(new Block(b, cur < 0 ? null : cur));
        }
        this.workers = new ArrayList<>();
        for (int w = 0; w < scorer.problem().workers().size(); w++) workers.add(w);
    }

    int[] assignment() {
        int[] a = new int[blocks.size()];
        for (Block b : blocks) a[b.id] = b.worker;
        return a;
    }

}
