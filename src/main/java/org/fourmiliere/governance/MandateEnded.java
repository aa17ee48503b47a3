package org.fourmiliere.governance;

import java.time.LocalDate;

/** The holder of a mandate resigned: from {@code on} the seat is vacant. */
public record MandateEnded(long seatId, long mandateId, long personId, LocalDate on) implements BodyEvent {}
