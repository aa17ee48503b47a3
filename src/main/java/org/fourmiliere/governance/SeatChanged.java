package org.fourmiliere.governance;

/** A seat of the board was renamed or otherwise changed (not its mandates). */
public record SeatChanged(long seatId) implements BodyEvent {}
