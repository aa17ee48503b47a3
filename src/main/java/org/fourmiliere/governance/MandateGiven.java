package org.fourmiliere.governance;

import java.time.LocalDate;

/** A seat of the board was given to a person for a mandate from {@code startsOn} to {@code endsOn}. */
public record MandateGiven(long seatId, long mandateId, long personId, LocalDate startsOn, LocalDate endsOn)
        implements BodyEvent {}
