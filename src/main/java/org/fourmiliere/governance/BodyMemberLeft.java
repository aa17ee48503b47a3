package org.fourmiliere.governance;

import java.time.LocalDate;

/** A person's membership of a body ends on {@code until}: from that day they are no longer a member. */
public record BodyMemberLeft(long bodyId, long personId, long membershipId, LocalDate until) implements BodyEvent {}
