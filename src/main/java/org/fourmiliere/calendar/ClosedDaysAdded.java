package org.fourmiliere.calendar;

import java.time.LocalDate;

/** The collective closed the days from {@code firstDay} to {@code lastDay}, both included. */
public record ClosedDaysAdded(long id, LocalDate firstDay, LocalDate lastDay) implements CalendarEvent {}
