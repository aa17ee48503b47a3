package org.fourmiliere.governance;

/** A seat of the board was created. */
public record SeatCreated(long seatId) implements BodyEvent {}
