package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rules on dated spans shared by memberships and mandates: a span runs from its first day to its end,
 * exclusive (null: open). Pure functions, tested on their own.
 */
public final class DatedRules {

    private DatedRules() {}

    public static boolean inForce(LocalDate from, LocalDate until, LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** Whether two spans share at least one day. Empty spans (from == until) share nothing. */
    public static boolean overlap(LocalDate from1, LocalDate until1, LocalDate from2, LocalDate until2) {
        boolean firstEndsAfterSecondStarts = until1 == null || until1.isAfter(from2);
        boolean secondEndsAfterFirstStarts = until2 == null || until2.isAfter(from1);
        boolean nonEmpty = (until1 == null || until1.isAfter(from1)) && (until2 == null || until2.isAfter(from2));
        return nonEmpty && firstEndsAfterSecondStarts && secondEndsAfterFirstStarts;
    }

    /** One mandate ending soon: the seat, the mandate, its effective end. */
    public record MandateEnd(BoardSeat seat, Mandate mandate) {
        public LocalDate endsOn() {
            return mandate.effectiveEnd();
        }
    }

    /**
     * The mandates whose effective end falls after {@code today} and at most {@code days} days later, the
     * soonest first. A mandate already over (end on or before today) is not "upcoming".
     */
    public static List<MandateEnd> upcomingEnds(Collection<BoardSeat> seats, LocalDate today, int days) {
        if (days < 0) throw new IllegalArgumentException("days must not be negative");
        LocalDate horizon = today.plusDays(days);
        return seats.stream()
                .flatMap(s -> s.mandates().stream().map(m -> new MandateEnd(s, m)))
                .filter(e -> e.endsOn().isAfter(today) && !e.endsOn().isAfter(horizon))
                .sorted(Comparator.comparing(MandateEnd::endsOn).thenComparing(e -> e.seat().id()))
                .toList();
    }
}
