package org.fourmiliere.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.EntryKind;
import org.junit.jupiter.api.Test;

/** The rules of one entry: its span, its minutes per local day, its note, and how a clash with it is told. */
class EntryShapeTest {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MONTREAL).toInstant();
    }

    static void refused(Runnable r, String field, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aTimedEntryAcrossMidnightCountsOnBothDaysToTheSecond() {
        EntryShape s = EntryShape.of(at("2030-03-01T22:30:15.700"), at("2030-03-02T01:00:15"), null, null, false);
        assertThat(s.timed()).isTrue();
        assertThat(s.start()).isEqualTo(at("2030-03-01T22:30:15"));
        assertThat(s.day()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(s.days()).containsExactly(Map.entry(LocalDate.of(2030, 3, 1), 89), Map.entry(LocalDate.of(2030, 3, 2), 60));
        assertThat(s.minutes()).isEqualTo(149);
    }

    @Test
    void aTimedEntryEndsAfterItStartsAndLastsAtMostAWeek() {
        refused(() -> EntryShape.of(at("2030-03-01T10:00"), null, null, null, false), "end", "time.entry.end.required");
        refused(() -> EntryShape.of(null, at("2030-03-01T10:00"), null, null, false), "start", "time.entry.start.required");
        refused(() -> EntryShape.of(at("2030-03-01T10:00"), at("2030-03-01T10:00"), null, null, false), "end", "time.entry.end.before-start");
        refused(() -> EntryShape.of(at("2030-03-01T10:00"), at("2030-03-08T10:01"), null, null, false), "end", "time.entry.too-long");
        assertThat(EntryShape.of(at("2030-03-01T10:00"), at("2030-03-08T10:00"), null, null, false).minutes())
                .isEqualTo(EntryShape.MAX_MINUTES);
    }

    @Test
    void aDayAndDurationIsPositiveAndAtMostADayUnlessItAdjusts() {
        LocalDate day = LocalDate.of(2030, 3, 1);
        assertThat(EntryShape.of(null, null, day, 90, false).days()).containsExactly(Map.entry(day, 90));
        refused(() -> EntryShape.of(null, null, null, null, false), "start", "time.entry.when.required");
        refused(() -> EntryShape.of(null, null, null, 90, false), "day", "time.entry.day.required");
        refused(() -> EntryShape.of(null, null, day, null, false), "minutes", "time.entry.minutes.required");
        refused(() -> EntryShape.of(null, null, day, -30, false), "minutes", "time.entry.minutes.invalid");
        refused(() -> EntryShape.of(null, null, day, 24 * 60 + 1, false), "minutes", "time.entry.minutes.invalid");
        assertThat(EntryShape.of(null, null, day, -30, true).minutes()).isEqualTo(-30);
        refused(() -> EntryShape.of(null, null, day, 0, true), "minutes", "time.entry.minutes.invalid");
    }

    @Test
    void anAdjustmentNeedsADayAndSomeMinutes() {
        LocalDate day = LocalDate.of(2030, 4, 1);
        assertThat(EntryShape.adjustment(day, -45).days()).containsExactly(Map.entry(day, -45));
        refused(() -> EntryShape.adjustment(day, 0), "minutes", "time.entry.minutes.invalid");
        refused(() -> EntryShape.adjustment(null, 10), "day", "time.entry.day.required");
    }

    @Test
    void aRunningPunchCountsNothingYetAndAStopWithinTheSameSecondCountsNoDay() {
        EntryShape running = EntryShape.running(at("2030-03-01T23:59:59"));
        assertThat(running.days()).isEmpty();
        assertThat(running.day()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(EntryShape.between(at("2030-03-01T10:00"), at("2030-03-01T10:00"))).isEmpty();
        assertThat(EntryShape.between(at("2030-03-01T10:00"), at("2030-03-01T10:30"))).containsEntry(LocalDate.of(2030, 3, 1), 30);
    }

    @Test
    void notesAreStrippedBlankIsNoneAndLongOnesAreRefused() {
        assertThat(EntryShape.note("  call back  ")).isEqualTo("call back");
        assertThat(EntryShape.note("   ")).isNull();
        assertThat(EntryShape.note(null)).isNull();
        refused(() -> EntryShape.note("x".repeat(EntryShape.MAX_NOTE + 1)), "note", "time.entry.note.too-long");
    }

    @Test
    void aClashNamesTheDayTheTimesAndTheActivityOfTheOtherEntry() {
        TimeEntry closed = new TimeEntry(7, 1, 2, "atelier", "Atelier", at("2030-03-01T09:00"), at("2030-03-01T10:15"),
                LocalDate.of(2030, 3, 1), 75, EntryKind.PAID, false, false, null, "WEB", null);
        assertThat(closed.clash().messageKey()).isEqualTo("time.entry.overlap");
        assertThat(closed.clash().args()).containsExactly("2030-03-01", "09:00", "10:15", "atelier", 7L);
        TimeEntry running = new TimeEntry(8, 1, 2, "atelier", "Atelier", at("2030-03-01T11:00"), null,
                LocalDate.of(2030, 3, 1), null, EntryKind.PAID, false, false, null, "PUNCH", null);
        assertThat(running.clash().messageKey()).isEqualTo("time.entry.overlap-running");
        assertThat(running.days()).containsExactly(Map.entry(LocalDate.of(2030, 3, 1), 0));
        assertThat(running.endedAt(at("2030-03-01T11:30"), 30).auditFields())
                .containsEntry("end", at("2030-03-01T11:30")).containsEntry("minutes", 30);
    }
}
