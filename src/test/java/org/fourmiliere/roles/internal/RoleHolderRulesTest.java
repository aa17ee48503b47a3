package org.fourmiliere.roles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The rules of holding a role, without a database: a person holds a role once at a time; a holding ends once. */
class RoleHolderRulesTest {

    static final long ROLE = 1;
    static final long ADA = 10;
    static final long BOB = 11;
    static final LocalDate JAN = LocalDate.of(2007, 1, 1);
    static final LocalDate MAR = LocalDate.of(2007, 3, 1);
    static final LocalDate JUN = LocalDate.of(2007, 6, 1);

    static RoleHolder holding(long id, long person, LocalDate since, LocalDate until) {
        return new RoleHolder(id, ROLE, person, since, until, null);
    }

    @Test
    void aHoldingIsInForceFromItsStartUntilTheDayBeforeItsEnd() {
        RoleHolder h = holding(1, ADA, JAN, JUN);
        assertThat(h.inForceOn(JAN.minusDays(1))).isFalse();
        assertThat(h.inForceOn(JAN)).isTrue();
        assertThat(h.inForceOn(JUN.minusDays(1))).isTrue();
        assertThat(h.inForceOn(JUN)).as("until is the first day without the role").isFalse();
        assertThat(holding(2, ADA, JUN, null).currentOn(MAR)).as("planned and open: shown as current").isTrue();
        assertThat(h.currentOn(JUN)).isFalse();
    }

    @Test
    void aPersonStartsHoldingARoleWithAnOpenHoldingAndNoBlankNote() {
        RoleHolder h = RoleHolder.start(ROLE, ADA, MAR, "  ", List.of(holding(1, BOB, JAN, null)));
        assertThat(h).isEqualTo(new RoleHolder(RoleHolder.NEW, ROLE, ADA, MAR, null, null));
        assertThat(RoleHolder.start(ROLE, ADA, MAR, " shares it ", List.of()).note()).isEqualTo("shares it");
    }

    @Test
    void aPersonDoesNotHoldTheSameRoleTwiceOverTheSameDays() {
        List<RoleHolder> held = List.of(holding(1, ADA, JAN, JUN));
        assertThatThrownBy(() -> RoleHolder.start(ROLE, ADA, MAR, null, held))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.messageKey()).isEqualTo("role.holder.already");
                });
        assertThatThrownBy(() -> RoleHolder.start(ROLE, ADA, JAN.minusYears(1), null, held))
                .as("an open holding from an earlier day would cover the later one").isInstanceOf(Problems.Conflict.class);
        assertThat(RoleHolder.start(ROLE, ADA, JUN, null, held).since()).as("again from the day it ended").isEqualTo(JUN);
        assertThat(RoleHolder.start(ROLE, ADA, MAR, null, List.of(holding(2, ADA, JUN, JUN))).since())
                .as("an empty holding holds nothing").isEqualTo(MAR);
    }

    @Test
    void aHoldingEndsOnceOnADayNotBeforeItsStart() {
        RoleHolder open = holding(1, ADA, MAR, null);
        assertThat(open.endedOn(JUN).until()).isEqualTo(JUN);
        assertThat(open.endedOn(MAR).inForceOn(MAR)).as("ended on its first day: empty").isFalse();
        assertThatThrownBy(() -> open.endedOn(JAN))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("on"));

        RoleHolder ended = holding(1, ADA, JAN, MAR);
        assertThatThrownBy(() -> ended.endedOn(JUN)).isInstanceOf(Problems.Conflict.class);
        assertThatThrownBy(() -> ended.endedOn(MAR)).isInstanceOf(Problems.Conflict.class);
        assertThat(holding(1, ADA, JAN, JUN).endedOn(MAR).until()).as("an end planned later may come earlier").isEqualTo(MAR);
    }
}
