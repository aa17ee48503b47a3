package org.fourmiliere.members;

import java.time.LocalDate;

/** A membership was recorded for a member, from {@code since} to {@code until} (open when null). */
public record MembershipRecorded(long memberId, long membershipId, LocalDate since, LocalDate until) implements MemberEvent {}
