package org.fourmiliere.governance;

import java.time.LocalDate;

/** A person became a member of a body from {@code since}. */
public record BodyMemberJoined(long bodyId, long personId, long membershipId, LocalDate since) implements BodyEvent {}
