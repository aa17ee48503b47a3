package org.fourmiliere.governance.internal.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The rules of mandates, vacancies, memberships and upcoming mandate ends. */
class MandateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2007, 3, 13);

    static Mandate mandate(long id, long seat, LocalDate start, LocalDate end, LocalDate resigned) {
        return new Mandate(id, seat, 100 + id, null, start, end, resigned);
    }

    static BoardSeat seat(long id, Mandate... mandates) {
        return new BoardSeat(id, SeatKind.INDIVIDUAL_MEMBER, null, LocalDate.of(2004, 1, 1), null, List.of(mandates));
    }

    @Test
    void aMandateIsInForceFromItsStartUntilTheDayBeforeItsEnd() {
        Mandate m = mandate(1, 1, LocalDate.of(2006, 6, 15), LocalDate.of(2008, 6, 15), null);
        assertThat(m.inForceOn(LocalDate.of(2006, 6, 14))).isFalse();
        assertThat(m.inForceOn(LocalDate.of(2006, 6, 15))).isTrue();
        assertThat(m.inForceOn(LocalDate.of(2008, 6, 14))).isTrue();
        assertThat(m.inForceOn(LocalDate.of(2008, 6, 15))).as("the next mandate begins that day").isFalse();
    }

    @Test
    void aResignationEndsTheMandateEarlyAndTheSeatIsVacantFromThatDay() {
        Mandate m = mandate(1, 1, LocalDate.of(2006, 6, 15), LocalDate.of(2008, 6, 15), LocalDate.of(2007, 2, 1));
        BoardSeat s = seat(1, m);
        assertThat(m.effectiveEnd()).isEqualTo(LocalDate.of(2007, 2, 1));
        assertThat(s.vacantOn(LocalDate.of(2007, 1, 31))).isFalse();
        assertThat(s.vacantOn(LocalDate.of(2007, 2, 1))).isTrue();
        assertThat(s.mandateOn(LocalDate.of(2007, 1, 31))).contains(m);
    }

    @Test
    void aSeatWithoutMandateIsVacantAndAPlannedMandateIsShownAsNext() {
        Mandate planned = mandate(2, 1, TODAY.plusDays(10), TODAY.plusYears(2), null);
        BoardSeat s = seat(1, planned);
        assertThat(s.vacantOn(TODAY)).isTrue();
        assertThat(s.nextAfter(TODAY)).contains(planned);
        assertThat(seat(2).vacantOn(TODAY)).isTrue();
    }

    @Test
    void upcomingEndsAreTheEffectiveEndsAfterTodayAndWithinTheHorizonSoonestFirst() {
        BoardSeat a = seat(1, mandate(1, 1, TODAY.minusYears(1), TODAY.plusDays(90), null));
        BoardSeat b = seat(2, mandate(2, 2, TODAY.minusYears(1), TODAY.plusDays(91), null));
        BoardSeat c = seat(3, mandate(3, 3, TODAY.minusYears(1), TODAY.plusYears(1), TODAY.plusDays(5)));
        BoardSeat d = seat(4, mandate(4, 4, TODAY.minusYears(2), TODAY, null));
        BoardSeat e = seat(5, mandate(5, 5, TODAY.minusYears(2), TODAY.plusDays(1), null));
        var ends = DatedRules.upcomingEnds(List.of(a, b, c, d, e), TODAY, 90);
        assertThat(ends).extracting(x -> x.seat().id()).containsExactly(5L, 3L, 1L);
        assertThat(DatedRules.upcomingEnds(List.of(a, b), TODAY, 0)).isEmpty();
        assertThatThrownBy(() -> DatedRules.upcomingEnds(List.of(a), TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void membershipsEndOnTheirUntilDay() {
        Membership m = new Membership(1, 1, 7, LocalDate.of(2007, 1, 1), LocalDate.of(2007, 3, 1), null);
        assertThat(m.inForceOn(LocalDate.of(2007, 2, 28))).isTrue();
        assertThat(m.inForceOn(LocalDate.of(2007, 3, 1))).isFalse();
        assertThat(new Membership(2, 1, 7, LocalDate.of(2007, 1, 1), null, null).inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void spansThatTouchDoNotOverlap() {
        LocalDate d1 = LocalDate.of(2007, 1, 1), d2 = LocalDate.of(2007, 6, 1), d3 = LocalDate.of(2008, 1, 1);
        assertThat(DatedRules.overlap(d1, d2, d2, d3)).isFalse();
        assertThat(DatedRules.overlap(d1, d3, d2, null)).isTrue();
        assertThat(DatedRules.overlap(d1, null, d3, null)).isTrue();
        assertThat(DatedRules.overlap(d2, d2, d1, d3)).as("an empty span").isFalse();
    }

    @Test
    void slugsComeFromTheName() {
        assertThat(BodyService.slug("Communication & publicité")).isEqualTo("communication-publicite");
        assertThat(BodyService.slug("  Financing and R&D ")).isEqualTo("financing-and-r-d");
        assertThat(BodyService.slug("!!!")).isEmpty();
    }

    // --- properties

    record Span(LocalDate from, LocalDate until) {}

    @Provide
    Arbitrary<Span> spans() {
        var start = Arbitraries.integers().between(0, 2000).map(i -> LocalDate.of(2004, 1, 1).plusDays(i));
        var length = Arbitraries.integers().between(0, 900);
        var open = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        return Combinators.combine(start, length, open).as((s, l, o) -> new Span(s, o ? null : s.plusDays(l)));
    }

    @Property
    void overlapIsSymmetricAndMeansADayInForceInBoth(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        boolean overlap = DatedRules.overlap(a.from(), a.until(), b.from(), b.until());
        assertThat(DatedRules.overlap(b.from(), b.until(), a.from(), a.until())).isEqualTo(overlap);
        LocalDate latestStart = a.from().isAfter(b.from()) ? a.from() : b.from();
        boolean bothOnLatestStart = DatedRules.inForce(a.from(), a.until(), latestStart)
                && DatedRules.inForce(b.from(), b.until(), latestStart);
        assertThat(overlap).isEqualTo(bothOnLatestStart);
    }

    @Property
    void aSeatWithoutOverlappingMandatesHasAtMostOneHolderEachDay(@ForAll("spans") Span a, @ForAll("spans") Span b,
                                                                  @ForAll @IntRange(min = 0, max = 3000) int offset) {
        LocalDate end1 = a.until() == null ? a.from().plusYears(2) : a.until().plusDays(1);
        LocalDate end2 = b.until() == null ? b.from().plusYears(2) : b.until().plusDays(1);
        List<Mandate> mandates = new ArrayList<>();
        mandates.add(mandate(1, 1, a.from(), end1, null));
        if (!DatedRules.overlap(a.from(), end1, b.from(), end2)) mandates.add(mandate(2, 1, b.from(), end2, null));
        BoardSeat s = seat(1, mandates.toArray(Mandate[]::new));
        LocalDate day = LocalDate.of(2004, 1, 1).plusDays(offset);
        long holders = s.mandates().stream().filter(m -> m.inForceOn(day)).count();
        assertThat(holders).isLessThanOrEqualTo(1);
        assertThat(s.vacantOn(day)).isEqualTo(holders == 0);
    }

    @Property
    void everyUpcomingEndIsWithinTheHorizonAndNoneIsMissed(@ForAll("spans") Span a, @ForAll("spans") Span b,
                                                           @ForAll @IntRange(min = 0, max = 400) int days) {
        LocalDate today = LocalDate.of(2007, 1, 1);
        LocalDate end1 = a.until() == null ? a.from().plusYears(1) : a.until().plusDays(1);
        LocalDate end2 = b.until() == null ? b.from().plusYears(1) : b.until().plusDays(1);
        List<BoardSeat> seats = List.of(seat(1, mandate(1, 1, a.from(), end1, null)), seat(2, mandate(2, 2, b.from(), end2, null)));
        var ends = DatedRules.upcomingEnds(seats, today, days);
        for (var e : ends) {
            assertThat(e.endsOn()).isAfter(today).isBeforeOrEqualTo(today.plusDays(days));
        }
        long expected = seats.stream().flatMap(s -> s.mandates().stream())
                .filter(m -> m.effectiveEnd().isAfter(today) && !m.effectiveEnd().isAfter(today.plusDays(days))).count();
        assertThat(ends).hasSize((int) expected);
        for (int i = 1; i < ends.size(); i++) assertThat(ends.get(i).endsOn()).isAfterOrEqualTo(ends.get(i - 1).endsOn());
    }
}
