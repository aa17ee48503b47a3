package org.fourmiliere.complexes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One's rating of a task in the open round, 1 to 5 on each axis; the comment is as private as the rating. */
public record RateTask(@NotNull Long taskId, @NotNull @Min(1) @Max(5) Integer desirability,
                       @NotNull @Min(1) @Max(5) Integer empowerment, @Size(max = 500) String comment) {}
