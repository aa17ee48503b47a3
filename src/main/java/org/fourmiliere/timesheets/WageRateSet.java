package org.fourmiliere.timesheets;

import java.time.LocalDate;
import org.fourmiliere.shared.ModuleEvent;

/** The single wage (§8) was set from {@code from} on. */
public record WageRateSet(LocalDate from) implements ModuleEvent {}
