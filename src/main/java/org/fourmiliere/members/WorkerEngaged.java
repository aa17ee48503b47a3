package org.fourmiliere.members;

import java.time.LocalDate;

/** A person was engaged as a worker, from {@code since} to {@code until} (open when null). */
public record WorkerEngaged(long memberId, long engagementId, Engagement engagement, LocalDate since, LocalDate until)
        implements MemberEvent {}
