package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/** The solver's score: {@link AssignmentScore} of the plan's assignment (blocks not assigned yet count as the worst). */
public class PlanScore implements EasyScoreCalculator<Plan, HardSoftScore> {

    @Override
    public HardSoftScore calculateScore(Plan plan) {
        int unassigned = 0;
        for (Block b : plan.blocks) if (b.worker == null) unassigned++;
        if (unassigned > 0) return HardSoftScore.of(-1_000_000L * unassigned, 0);
        AssignmentScore.Score s = plan.scorer.score(plan.assignment());
        return HardSoftScore.of(s.hard(), s.soft());
    }
}
