package org.fourmiliere.timesheets.internal;

import java.time.Instant;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.Hours;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time tracker's answers to other modules and to its own views: the one reading of hours (ADR 0301) and the
 * meeting time recorded by governance (§7).
 */
@Service
class WorkedTimeService implements WorkedTime {

    private final HoursStore hours;
    private final Activities activities;
    private final TimeEntries entries;

    WorkedTimeService(HoursStore hours, Activities activities, TimeEntries entries) {
        this.hours = hours;
        this.activities = activities;
        this.entries = entries;
    }

    /** The one reading of hours: {@link HoursStore} asks it in one set-based query, grouped as the query's detail says. */
    @Override
    public Hours minutes(HoursQuery q) {
        return hours.minutes(q);
    }

    @Override
    @Transactional
    public void recordMeetingTime(String meetingKey, long bodyId, String bodyCode, long personId, Instant start, Instant end) {
        if (meetingKey == null || meetingKey.isBlank() || meetingKey.length() > 200) {
            throw new Problems.InvalidInput("meetingKey", "time.meeting.key.invalid");
        }
        Activity activity = activities.byBody(bodyId).orElseGet(() -> {
            String code = bodyCode == null || bodyCode.isBlank() ? "body-" + bodyId : bodyCode.trim();
            if (activities.byCode(code).isPresent()) code = "body-" + bodyId;
            return activities.create(new Activities.NewActivity(code, code, ActivityKind.COMMITTEE, null, bodyId, false, null));
        });
        entries.replaceMeetingTime(meetingKey, activity.id(), personId, start, end);
    }

    @Override
    @Transactional
    public long recordWork(long personId, String activityCode, String activityName, java.time.LocalDate day, int minutes,
                           String note) {
        if (minutes <= 0) throw new Problems.InvalidInput("minutes", "time.entry.minutes.invalid", 1440);
        Activity activity = activities.byCode(activityCode).orElseGet(() -> activities.create(
                new Activities.NewActivity(activityCode, activityName, ActivityKind.INTERNAL, null, null, false, null)));
        return entries.create(personId, new TimeEntries.EntryInput(activity.code(), null, null, day, minutes, null, null,
                note, null), "work").id();
    }

    @Override
    @Transactional
    public void removeMeetingTime(String meetingKey, long personId) {
        entries.removeMeetingTime(meetingKey, personId);
    }
}
