package org.fourmiliere.complexes.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.fourmiliere.shared.Problems;

/**
 * A rating round, opened by the work committee; ratings are taken from {@code openedOn} until the day before
 * {@code closesOn}. The latest closed round is in force. Rules here, tested by {@code RatingRoundRulesTest}.
 */
public record RatingRound(long id, LocalDate openedOn, LocalDate closesOn, Long openedBy, String note) {

    /** At least this many raters before a task's means are shown (or counted): fewer would tell who said what. */
    public static final int MIN_RATERS = 3;

    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && day.isBefore(closesOn);
    }

    public boolean closedOn(LocalDate day) {
        return !day.isBefore(closesOn);
    }

    /** A new round from today; refused when it closes before tomorrow (400) or while another is open (409). */
    public static RatingRound open(LocalDate today, LocalDate closesOn, Long by, String note, Collection<RatingRound> rounds) {
        if (closesOn == null || !closesOn.isAfter(today)) throw new Problems.InvalidInput("closesOn", "complexes.round.closes");
        for (RatingRound r : rounds) if (r.openOn(today)) throw new Problems.Conflict("closesOn", "complexes.round.open-already", r.closesOn());
        return new RatingRound(0, today, closesOn, by, note == null || note.isBlank() ? null : note.strip());
    }

    /** The round in force on a day: the one that closed last by then. */
    public static Optional<RatingRound> inForce(Collection<RatingRound> rounds, LocalDate day) {
        return rounds.stream().filter(r -> r.closedOn(day)).max(Comparator.comparing(RatingRound::closesOn).thenComparing(RatingRound::id));
    }

    /** A rating may be given or changed only while the round is open (409). */
    public void checkOpen(LocalDate today) {
        if (!openOn(today)) throw new Problems.Conflict("round", "complexes.round.not-open", closesOn);
    }
}
