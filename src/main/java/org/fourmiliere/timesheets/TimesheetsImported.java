package org.fourmiliere.timesheets;

import org.fourmiliere.shared.ModuleEvent;

/** A batch of historical time entries was imported ({@code rows} entries). */
public record TimesheetsImported(long batch, long rows) implements ModuleEvent {}
