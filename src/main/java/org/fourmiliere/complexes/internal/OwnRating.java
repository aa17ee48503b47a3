package org.fourmiliere.complexes.internal;

/** One's own rating of one task: shown to the rater only. */
public record OwnRating(long taskId, int desirability, int empowerment, String comment) {}
