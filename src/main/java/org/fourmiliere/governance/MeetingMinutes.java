package org.fourmiliere.governance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What another module may do with a meeting's minutes: read a meeting, find the previous meeting of the same kind of
 * the same body (the last review), and add a section at the end of the minutes, on the same rules as writing them
 * (the signed-in person was present, or manages the bodies).
 */
public interface MeetingMinutes {

    /** A meeting as others see it: {@code type} REFLECTION, PRODUCTION, COMMITTEE, BOARD or GENERAL_ASSEMBLY. */
    record MeetingRef(long id, long bodyId, String type, LocalDate day, String minutes, int minutesVersion) {}

    Optional<MeetingRef> meeting(long meetingId);

    /** The day of the last meeting of the same body and type before this one, if any. */
    Optional<LocalDate> previousDay(long meetingId);

    /** Adds {@code section} after what the minutes already say, as the signed-in person; returns the meeting as saved. */
    MeetingRef append(long meetingId, String section);
}
