package org.fourmiliere.governance.internal.meetings;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting of a body, with its minutes (Markdown) and the version that guards them against lost edits. */
public record Meeting(long id, long bodyId, MeetingType type, LocalDate day, Instant startsAt, Instant endsAt,
                      String place, String link, Long scheduleId, String minutes, int minutesVersion,
                      String minutesEditedBy, Instant minutesEditedAt) {

    public String key() {
        return "meeting-" + id;
    }
}
