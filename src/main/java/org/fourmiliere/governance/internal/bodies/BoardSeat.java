package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A seat of the board and the mandates of its successive holders; vacant on a day no mandate is in force. */
public record BoardSeat(long id, SeatKind kind, String label, LocalDate createdOn, LocalDate abolishedOn,
                        List<Mandate> mandates) {

    public Optional<Mandate> mandateOn(LocalDate day) {
        return mandates.stream().filter(m -> m.inForceOn(day)).findFirst();
    }

    public boolean vacantOn(LocalDate day) {
        return mandateOn(day).isEmpty();
    }

    /** The next mandate that has not started yet on that day, if one is planned (an election already held). */
    public Optional<Mandate> nextAfter(LocalDate day) {
        return mandates.stream().filter(m -> m.startsOn().isAfter(day))
                .min(Comparator.comparing(Mandate::startsOn));
    }
}
