package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One block of a task's hours; the solver chooses its worker (an index into the problem's workers). */
@PlanningEntity
public class Block {

    @PlanningId
    public Integer id;

    @PlanningVariable(valueRangeProviderRefs = "workers")
    public Integer worker;

    public Block() {}

    Block(int id, Integer worker) {
        this.id = id;
        this.worker = worker;
    }
}
