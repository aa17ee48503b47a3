package org.fourmiliere.governance.web.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.meetings.AgendaItem;
import org.fourmiliere.governance.internal.meetings.Attendance;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingSchedule;

/** What the meetings and decisions API shows: view records, built from the module's internal types. */
final class MeetingJson {

    private MeetingJson() {}

    record MeetingView(long id, long bodyId, String type, LocalDate day, Instant startsAt, Instant endsAt,
                       String place, String link, Long scheduleId, String minutes, int minutesVersion,
                       String minutesEditedBy, Instant minutesEditedAt) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.bodyId(), m.type().name(), m.day(), m.startsAt(), m.endsAt(), m.place(),
                    m.link(), m.scheduleId(), m.minutes(), m.minutesVersion(), m.minutesEditedBy(), m.minutesEditedAt());
        }
    }

    record AgendaItemView(long id, long meetingId, int position, Long proposerId, String proposer, String title,
                          String text, Instant createdAt) {
        static AgendaItemView of(AgendaItem a) {
            return new AgendaItemView(a.id(), a.meetingId(), a.position(), a.proposerId(), a.proposer(), a.title(),
                    a.text(), a.createdAt());
        }
    }

    record AttendanceView(long meetingId, long personId, String presence, boolean timeRecorded) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.meetingId(), a.personId(), a.presence().name(), a.timeRecorded());
        }
    }

    record ScheduleView(long id, long bodyId, String type, String recurrence, DayOfWeek dayOfWeek, Integer weekOfMonth,
                        LocalTime startTime, int durationMinutes, String place, String link, boolean active) {
        static ScheduleView of(MeetingSchedule s) {
            return new ScheduleView(s.id(), s.bodyId(), s.type().name(), s.recurrence().name(), s.dayOfWeek(),
                    s.weekOfMonth(), s.startTime(), s.durationMinutes(), s.place(), s.link(), s.active());
        }
    }

    record ParticipantView(long personId, String role) {}

    record DecisionView(long id, long bodyId, Long meetingId, LocalDate decidedOn, String text, String how,
                        Integer votesFor, Integer votesAgainst, Integer votesAbstain, String status, Long reversedBy,
                        List<String> tags, boolean isPublic, List<ParticipantView> participants) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.id(), d.bodyId(), d.meetingId(), d.decidedOn(), d.text(), d.how().name(),
                    d.votesFor(), d.votesAgainst(), d.votesAbstain(), d.status().name(), d.reversedBy(), d.tags(),
                    d.isPublic(), d.participants().stream().map(p -> new ParticipantView(p.personId(), p.role().name())).toList());
        }
    }

    /** A meeting with its agenda, attendance and decisions. */
    record MeetingDetail(MeetingView meeting, List<AgendaItemView> agenda, List<AttendanceView> attendance,
                         List<DecisionView> decisions) {}
}
