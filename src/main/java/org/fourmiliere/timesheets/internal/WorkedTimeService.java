package org.fourmiliere.timesheets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What governance asks of the time tracker: hours worked for eligibility (§4) and meeting time (§7). */
@Service
class WorkedTimeService implements WorkedTime {

    private final JdbcClient jdbc;
    private final Activities activities;
    private final TimeEntries entries;

    WorkedTimeService(JdbcClient jdbc, Activities activities, TimeEntries entries) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.entries = entries;
    }

    @Override
    public Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to) {
        Map<Long, Map<YearMonth, Long>> result = new TreeMap<>();
        jdbc.sql("""
                SELECT worker_id, work_day, SUM(duration_min) FROM ts_entry
                WHERE work_day BETWEEN :f AND :t AND meeting = FALSE AND duration_min IS NOT NULL
                GROUP BY worker_id, work_day""")
            .param("f", from).param("t", to)
            .query((rs, n) -> {
                result.computeIfAbsent(rs.getLong(1), w -> new TreeMap<>())
                        .merge(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), Long::sum);
                return null;
            }).list();
        return result;
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
    public void removeMeetingTime(String meetingKey, long personId) {
        entries.removeMeetingTime(meetingKey, personId);
    }
}
