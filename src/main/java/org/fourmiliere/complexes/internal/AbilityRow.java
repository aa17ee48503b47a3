package org.fourmiliere.complexes.internal;

import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;

/** Whether a person may do a task, and their wish about it (1, 0, −1). */
public record AbilityRow(long taskId, long personId, Ability ability, int wish) {}
