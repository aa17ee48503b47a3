package org.fourmiliere.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fourmiliere.members.internal.GoodStanding.Paid;
import org.fourmiliere.members.internal.GoodStanding.Span;
import org.fourmiliere.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** Good standing (§3): a membership in force and the dues of the fiscal year (Sept 1 → Aug 31) paid. */
class GoodStandingTest {

    static final MonthDay SEPT_1 = FiscalYear.DEFAULT_START;
    static final List<Span> OPEN_SINCE_2020 = List.of(new Span(LocalDate.of(2020, 1, 1), null));
    /** Dues of 2025-26 (fiscal year 2026), paid on 2025-09-10. */
    static final List<Paid> PAID_2025_26 = List.of(new Paid(2026, LocalDate.of(2025, 9, 10)));

    @Test
    void duesCoverTheirFiscalYearUpToAugust31Included() {
        assertThat(GoodStanding.on(LocalDate.of(2025, 9, 10), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isTrue();
        assertThat(GoodStanding.on(LocalDate.of(2026, 2, 14), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isTrue();
        assertThat(GoodStanding.on(LocalDate.of(2026, 8, 31), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isTrue();
    }

    @Test
    void onSeptember1TheNewYearNeedsItsOwnDues() {
        assertThat(GoodStanding.on(LocalDate.of(2026, 9, 1), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isFalse();
        List<Paid> both = List.of(PAID_2025_26.getFirst(), new Paid(2027, LocalDate.of(2026, 8, 20)));
        assertThat(GoodStanding.on(LocalDate.of(2026, 9, 1), OPEN_SINCE_2020, both, SEPT_1)).as("paid in advance").isTrue();
    }

    @Test
    void duesOfThePreviousYearDoNotCoverAugust31Of2025() {
        // 2025-08-31 belongs to fiscal year 2024-25, for which nothing was paid
        assertThat(GoodStanding.on(LocalDate.of(2025, 8, 31), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isFalse();
    }

    @Test
    void duesCountOnlyFromTheDayTheyArePaid() {
        assertThat(GoodStanding.on(LocalDate.of(2025, 9, 9), OPEN_SINCE_2020, PAID_2025_26, SEPT_1)).isFalse();
    }

    @Test
    void withoutAMembershipInForceDuesAreNotEnough() {
        List<Span> ended = List.of(new Span(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(GoodStanding.on(LocalDate.of(2025, 12, 31), ended, PAID_2025_26, SEPT_1)).isTrue();
        assertThat(GoodStanding.on(LocalDate.of(2026, 1, 1), ended, PAID_2025_26, SEPT_1)).isFalse();
        assertThat(GoodStanding.on(LocalDate.of(2026, 1, 1), List.of(), PAID_2025_26, SEPT_1)).isFalse();
        List<Span> future = List.of(new Span(LocalDate.of(2026, 3, 1), null));
        assertThat(GoodStanding.on(LocalDate.of(2026, 2, 28), future, PAID_2025_26, SEPT_1)).isFalse();
        assertThat(GoodStanding.on(LocalDate.of(2026, 3, 1), future, PAID_2025_26, SEPT_1)).isTrue();
    }

    @Test
    void theRepresentativeOfAnOrganisationInGoodStandingHoldsItsRights() {
        GoodStanding.Record nothing = new GoodStanding.Record(List.of(), List.of());
        GoodStanding.Record coop = new GoodStanding.Record(OPEN_SINCE_2020, PAID_2025_26);
        LocalDate winter = LocalDate.of(2026, 1, 15);
        assertThat(GoodStanding.holdsMemberRights(winter, nothing, List.of(coop), SEPT_1)).isTrue();
        assertThat(GoodStanding.holdsMemberRights(winter, nothing, List.of(), SEPT_1)).isFalse();
        assertThat(GoodStanding.holdsMemberRights(LocalDate.of(2026, 8, 31), nothing, List.of(coop), SEPT_1)).isTrue();
        assertThat(GoodStanding.holdsMemberRights(LocalDate.of(2026, 9, 1), nothing, List.of(coop), SEPT_1))
                .as("the organisation's dues of 2026-27 are not paid").isFalse();
        GoodStanding.Record lapsedCoop = new GoodStanding.Record(
                List.of(new Span(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 10, 31))), PAID_2025_26);
        assertThat(GoodStanding.holdsMemberRights(winter, nothing, List.of(lapsedCoop), SEPT_1)).isFalse();
        assertThat(GoodStanding.holdsMemberRights(winter, coop, List.of(lapsedCoop), SEPT_1)).as("own membership").isTrue();
    }

    @Property
    void paidDuesCoverExactlyTheDaysOfTheirFiscalYearFromPayment(@ForAll @IntRange(min = 2000, max = 2100) int endYear,
                                                                   @ForAll @IntRange(min = -400, max = 800) int offset) {
        FiscalYear year = new FiscalYear(endYear, SEPT_1);
        LocalDate paidOn = year.firstDay();
        LocalDate day = year.firstDay().plusDays(offset);
        boolean expected = !day.isBefore(year.firstDay()) && !day.isAfter(year.lastDay());
        assertThat(GoodStanding.on(day, List.of(new Span(LocalDate.of(1990, 1, 1), null)),
                List.of(new Paid(endYear, paidOn)), SEPT_1)).isEqualTo(expected);
    }

    @Property
    void goodStandingNeedsBothAMembershipInForceAndTheYearsDues(@ForAll @IntRange(min = 0, max = 3650) int dayOffset,
                                                                @ForAll @IntRange(min = 0, max = 3650) int sinceOffset,
                                                                @ForAll @IntRange(min = 0, max = 800) int length,
                                                                @ForAll boolean paid) {
        LocalDate origin = LocalDate.of(2015, 1, 1);
        LocalDate day = origin.plusDays(dayOffset);
        Span span = new Span(origin.plusDays(sinceOffset), origin.plusDays(sinceOffset + length));
        List<Paid> dues = paid ? List.of(new Paid(FiscalYear.containing(day, SEPT_1).endYear(), day)) : List.of();
        boolean standing = GoodStanding.on(day, List.of(span), dues, SEPT_1);
        assertThat(standing).isEqualTo(span.contains(day) && paid);
    }
}
