package org.fourmiliere.complexes.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A proposal of the solver for [from, to): RUNNING (with progress), READY, ACCEPTED or FAILED. */
public record Proposal(long id, LocalDate from, LocalDate to, String state, int progress, String score, Long requestedBy,
                       Instant requestedAt, Long decidedBy, Instant decidedAt, String failure) {}
