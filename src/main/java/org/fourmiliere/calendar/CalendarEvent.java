package org.fourmiliere.calendar;

import java.time.LocalDate;
import org.fourmiliere.shared.ModuleEvent;

/** The collective's closed days changed: whoever keeps a calendar must take it again. */
public sealed interface CalendarEvent extends ModuleEvent permits ClosedDaysAdded, ClosedDaysRemoved {
    long id();

    LocalDate firstDay();

    LocalDate lastDay();
}
