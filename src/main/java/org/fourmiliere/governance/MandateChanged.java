package org.fourmiliere.governance;

import java.time.LocalDate;

/** A mandate's holder or dates were corrected (a renewal moves its end). */
public record MandateChanged(long seatId, long mandateId, long personId, LocalDate startsOn, LocalDate endsOn)
        implements BodyEvent {}
