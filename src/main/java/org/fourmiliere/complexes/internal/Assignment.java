package org.fourmiliere.complexes.internal;

/** Minutes of a task per period given to a person: a line of today's assignment or of a proposal. */
public record Assignment(long taskId, long personId, long minutes) {}
