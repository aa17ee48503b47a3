package org.fourmiliere.complexes.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One block of a task's hours; the solver chooses its worker (an index into the problem's workers) among those who
 * can do the task or may learn it: moves never try a worker who cannot (most of the team, on a large instance).
 */
@PlanningEntity
public class Block {

    @PlanningId
    public Integer id;

    @PlanningVariable(valueRangeProviderRefs = "able")
    public Integer worker;

    /** The workers who can do the block's task or may learn it (every worker when nobody can). */
    public List<Integer> able;

    public Block() {}

    Block(int id, Integer worker, List<Integer> able) {
        this.id = id;
        this.worker = worker;
        this.able = able;
    }

    @ValueRangeProvider(id = "able")
    public List<Integer> getAble() {
        return able;
    }
}
