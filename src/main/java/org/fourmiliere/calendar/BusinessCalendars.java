package org.fourmiliere.calendar;

import org.fourmiliere.shared.BusinessCalendar;

/** What other modules may ask of the calendar: the business-hours clock with the collective's closed days. */
public interface BusinessCalendars {

    /** The calendar in force: Québec's holidays, weekends and the collective's closed days as they are now. */
    BusinessCalendar current();
}
