package org.fourmiliere.governance;

import java.time.LocalDate;

/** A body was dissolved on {@code on}; its memberships end then ({@link BodyMemberLeft} for each). */
public record BodyDissolved(long bodyId, LocalDate on) implements BodyEvent {}
