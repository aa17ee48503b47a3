package org.fourmiliere.governance;

import java.time.Instant;
import org.fourmiliere.shared.ModuleEvent;

/**
 * A person was marked present, excused or absent at a meeting of a body. When {@code meetingTimeCounts}, the
 * meeting's hours ({@code startsAt} to {@code endsAt}) count as time worked by that person on the meeting
 * activity of the body; otherwise whatever was counted for that meeting and person no longer is.
 * Published in the marking transaction; the time tracker records the time in the same transaction, so that a
 * refusal there (a locked month, an overlap) refuses the marking too (ADR 0009).
 */
public record AttendanceMarked(long meetingId, String meetingKey, long bodyId, String bodyCode, long personId,
                               boolean present, boolean meetingTimeCounts, Instant startsAt, Instant endsAt)
        implements ModuleEvent {}
