package org.fourmiliere.members;

import java.time.LocalDate;

/** A membership was given an end ({@code until}, inclusive). */
public record MembershipEnded(long memberId, long membershipId, LocalDate until) implements MemberEvent {}
