package org.fourmiliere.timesheets.internal;

import org.fourmiliere.governance.AttendanceMarked;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts a meeting's hours as time worked when governance marks a person present with time (§7), and no longer
 * counts them when the marking changes. Runs where the event is published, in the marking transaction (ADR 0009):
 * the time and the attendance agree, and a refusal here (a locked month, an overlapping entry) refuses the marking.
 */
@Component
class MeetingTimeFromAttendance {

    private final WorkedTime workedTime;

    MeetingTimeFromAttendance(WorkedTime workedTime) {
        this.workedTime = workedTime;
    }

    @EventListener
    void marked(AttendanceMarked a) {
        if (a.meetingTimeCounts()) {
            workedTime.recordMeetingTime(a.meetingKey(), a.bodyId(), a.bodyCode(), a.personId(), a.startsAt(), a.endsAt());
        } else {
            workedTime.removeMeetingTime(a.meetingKey(), a.personId());
        }
    }
}
