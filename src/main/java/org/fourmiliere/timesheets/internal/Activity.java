package org.fourmiliere.timesheets.internal;

import org.fourmiliere.timesheets.ActivityKind;

/** Something time is spent on. {@code budgetMinutes} is null when the activity has no budget. */
public record Activity(long id, String code, String name, ActivityKind kind, Long organisationId, Long bodyId,
                       boolean billable, Long budgetMinutes, boolean closed) {}
