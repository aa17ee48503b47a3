package org.fourmiliere.calendar;

import java.time.LocalDate;

/** The days from {@code firstDay} to {@code lastDay} are no longer closed by the collective (unless closed again). */
public record ClosedDaysRemoved(long id, LocalDate firstDay, LocalDate lastDay) implements CalendarEvent {}
