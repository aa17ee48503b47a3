package org.fourmiliere.members;

import java.time.LocalDate;

/** A worker's engagement was given an end ({@code until}, inclusive). */
public record EngagementEnded(long memberId, long engagementId, LocalDate until) implements MemberEvent {}
