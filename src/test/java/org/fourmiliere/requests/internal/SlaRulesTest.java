package org.fourmiliere.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.TimeConfig;
import org.junit.jupiter.api.Test;

/**
 * Service targets in office hours (9:00–17:00 on business days), without Spring: a ticket opened Friday 30 August
 * 2030 at 16:00, before Labour Day (Monday 2 September), with a 4-business-hour first-response target.
 */
class SlaRulesTest {

    static final OfficeClock CLOCK = new OfficeClock(BusinessCalendar.quebec(), LocalTime.of(9, 0), LocalTime.of(17, 0), TimeConfig.ZONE);

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2030, month, day, hour, minute).atZone(TimeConfig.ZONE).toInstant();
    }

    @Test
    void openedFridayAt16IsAtRiskAndBreachedOnTuesdayAcrossTheWeekendAndLabourDay() {
        Ticket t = Ticket.open("Facture", 1, "fr", at(8, 30, 16, 0));
        assertThat(t.deadline(CLOCK, 240, false)).isEqualTo(at(9, 3, 12, 0));
        assertThat(t.deadline(CLOCK, 240, true)).isEqualTo(at(9, 3, 11, 0));
        assertThat(t.firstResponse(CLOCK, 240, at(8, 30, 16, 59))).isEqualTo(SlaState.OK);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 2, 16, 0))).as("Labour Day does not count").isEqualTo(SlaState.OK);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 3, 10, 59))).isEqualTo(SlaState.OK);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 3, 11, 0))).isEqualTo(SlaState.AT_RISK);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 3, 11, 59))).isEqualTo(SlaState.AT_RISK);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 3, 12, 0))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void waitingForTheRequesterPausesTheClock() {
        Ticket t = Ticket.open("Facture", 1, "fr", at(8, 30, 16, 0));
        Ticket waiting = t.withStatus(TicketStatus.OPEN, CLOCK, at(8, 30, 16, 30))
                .withStatus(TicketStatus.WAITING, CLOCK, at(9, 3, 10, 0));
        assertThat(waiting.elapsedSeconds(CLOCK, at(9, 3, 10, 0))).isEqualTo(2 * 3600);
        assertThat(waiting.deadline(CLOCK, 240, false)).as("no deadline while paused").isNull();
        assertThat(waiting.firstResponse(CLOCK, 240, at(9, 10, 10, 0))).as("a week later, still paused").isEqualTo(SlaState.OK);
        Ticket back = waiting.withStatus(TicketStatus.OPEN, CLOCK, at(9, 4, 10, 0));
        assertThat(back.deadline(CLOCK, 240, true)).isEqualTo(at(9, 4, 11, 0));
        assertThat(back.deadline(CLOCK, 240, false)).isEqualTo(at(9, 4, 12, 0));
        assertThat(back.firstResponse(CLOCK, 240, at(9, 4, 11, 59))).isEqualTo(SlaState.AT_RISK);
        assertThat(back.firstResponse(CLOCK, 240, at(9, 4, 12, 0))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aResponseStopsTheFirstResponseTarget() {
        Ticket t = Ticket.open("Facture", 1, "fr", at(8, 30, 16, 0)).responded(CLOCK, at(9, 3, 9, 30));
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.firstResponseSeconds()).isEqualTo(90 * 60);
        assertThat(t.firstResponse(CLOCK, 240, at(9, 20, 9, 0))).isEqualTo(SlaState.MET);
        Ticket late = Ticket.open("Facture", 1, "fr", at(8, 30, 16, 0)).responded(CLOCK, at(9, 3, 13, 0));
        assertThat(late.firstResponse(CLOCK, 240, at(9, 20, 9, 0))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aResolvedTicketReopensByMailOnlyOutsideTheWindow() {
        Ticket t = Ticket.open("x", 1, "fr", at(9, 3, 9, 0)).withStatus(TicketStatus.RESOLVED, CLOCK, at(9, 3, 10, 0));
        assertThat(t.reopensOnReply(at(9, 3, 10, 1), Duration.ofMinutes(10))).isTrue();
        Ticket reopened = t.withStatus(TicketStatus.OPEN, CLOCK, at(9, 3, 10, 1)).withStatus(TicketStatus.RESOLVED, CLOCK, at(9, 3, 10, 2));
        assertThat(reopened.reopensOnReply(at(9, 3, 10, 5), Duration.ofMinutes(10))).as("a loop cannot flap it").isFalse();
        assertThat(reopened.reopensOnReply(at(9, 3, 10, 11), Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void theSubjectNamesTheTicket() {
        assertThat(Ticket.numberIn("Re: [fourmi #1234] Facture")).isEqualTo(1234L);
        assertThat(Ticket.numberIn("RE: [Fourmi#7] x")).isEqualTo(7L);
        assertThat(Ticket.numberIn("Facture #1234")).isNull();
    }

    @Property(tries = 200)
    void officeTimeAddedIsOfficeTimeBetween(@ForAll @LongRange(min = 0, max = 5_000_000) long startMinutes,
                                            @ForAll @IntRange(min = 0, max = 20_000) int minutes) {
        Instant from = at(1, 1, 0, 0).plusSeconds(startMinutes * 60);
        Instant to = CLOCK.plus(from, Duration.ofMinutes(minutes));
        assertThat(CLOCK.between(from, to)).isEqualTo(Duration.ofMinutes(minutes));
    }
}
