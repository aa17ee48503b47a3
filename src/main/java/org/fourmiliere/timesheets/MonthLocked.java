package org.fourmiliere.timesheets;

import java.time.YearMonth;
import org.fourmiliere.shared.ModuleEvent;

/** A month's time entries were locked (§8): from now on they never change; corrections are adjustments. */
public record MonthLocked(YearMonth month) implements ModuleEvent {}
