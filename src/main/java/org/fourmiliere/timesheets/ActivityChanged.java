package org.fourmiliere.timesheets;

import org.fourmiliere.shared.ModuleEvent;

/** An activity was created or changed (its name, kind, budget, or whether it is closed). */
public record ActivityChanged(long activityId, String code) implements ModuleEvent {}
