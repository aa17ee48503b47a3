package org.fourmiliere.governance.internal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;

/** A meeting of a body, with its minutes (Markdown) and the version that guards them against lost edits. */
public record Meeting(long id, long bodyId, MeetingType type, LocalDate day, Instant startsAt, Instant endsAt,
                      String place, String link, Long scheduleId, String minutes, int minutesVersion,
                      String minutesEditedBy, Instant minutesEditedAt) {

    public String key() {
        return "meeting-" + id;
    }

    /** When a meeting begins and ends. */
    public record Span(Instant startsAt, Instant endsAt) {}

    /** When a meeting on {@code day} from {@code start} to {@code end} (local times) is held; it must end after it starts. */
    public static Span span(LocalDate day, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) throw new Problems.InvalidInput("end", "meetings.end.before-start");
        return new Span(at(day, start), at(day, end));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(TimeConfig.ZONE).toInstant();
    }

    /** Items can be added to the agenda until the meeting ends. */
    public void checkAgendaOpen(Instant now) {
        if (!now.isBefore(endsAt)) throw new Problems.Conflict("title", "meetings.agenda.closed");
    }

    /**
     * Where a new agenda item goes, given the last position used: at the end when no position is asked or it is
     * past the end, else at the position asked (at least 1), the items from there moving down.
     */
    public static int agendaPosition(Integer asked, int last) {
        return asked == null || asked > last ? last + 1 : Math.max(1, asked);
    }

    /** Anyone marked present may write the minutes; so may whoever manages the bodies (to correct them afterwards). */
    public static void checkMayWriteMinutes(boolean present, boolean managesBodies) {
        if (!present && !managesBodies) throw new Problems.Conflict("minutes", "meetings.minutes.not-present");
    }
}
