package org.fourmiliere.sales.internal;

import java.time.LocalDate;

/** A reminder of an overdue invoice at one step (days overdue), on the day it went out, with its message (null: no address). */
public record Reminder(long documentId, int stepDays, LocalDate sentOn, String messageId) {}
