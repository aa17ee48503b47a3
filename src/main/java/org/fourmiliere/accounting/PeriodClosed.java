package org.fourmiliere.accounting;

import java.time.LocalDate;
import org.fourmiliere.shared.ModuleEvent;

/**
 * The closing date of the books moved: no entry may be posted on or before {@code closedThrough} (null: all
 * open). It moves forward when a period is closed and back when the books are reopened ({@code previously}
 * is the date it had).
 */
public record PeriodClosed(LocalDate closedThrough, LocalDate previously) implements ModuleEvent {}
