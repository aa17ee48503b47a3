/**
 * The business calendar (§6): the collective's own closed days, kept here, on top of the rules of
 * {@link org.fourmiliere.shared.BusinessCalendar} (weekends and Québec's statutory holidays). Its public API is this
 * package: {@link org.fourmiliere.calendar.BusinessCalendars} gives the calendar in force, the command
 * {@link org.fourmiliere.calendar.AddClosedDays} and the events under {@link org.fourmiliere.calendar.CalendarEvent}.
 * Anyone signed in may check the clock over HTTP ({@code /api/v1/business-calendar}, page {@code /business-calendar}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar",
        allowedDependencies = {"shared", "accounts"})
package org.fourmiliere.calendar;
