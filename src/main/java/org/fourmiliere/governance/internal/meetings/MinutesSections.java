package org.fourmiliere.governance.internal.meetings;

import java.util.Comparator;
import java.util.Optional;
import org.fourmiliere.governance.MeetingMinutes;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MeetingMinutes}: sections added to minutes by other modules (the pipeline's weekly review), through {@link MeetingService}. */
@Service
class MinutesSections implements MeetingMinutes {

    private final MeetingService meetings;

    MinutesSections(MeetingService meetings) {
        this.meetings = meetings;
    }

    private static MeetingRef ref(Meeting m) {
        return new MeetingRef(m.id(), m.bodyId(), m.type().name(), m.day(), m.minutes(), m.minutesVersion());
    }

    @Override
    public Optional<MeetingRef> meeting(long meetingId) {
        return meetings.find(meetingId).map(MinutesSections::ref);
    }

    @Override
    public Optional<java.time.LocalDate> previousDay(long meetingId) {
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new Problems.NotFound("meetings.not-found", meetingId));
        return meetings.between(m.day().minusYears(1), m.day().minusDays(1), m.bodyId()).stream()
                .filter(o -> o.type() == m.type() && o.id() != m.id())
                .max(Comparator.comparing(Meeting::day))
                .map(Meeting::day);
    }

    @Override
    @Transactional
    public MeetingRef append(long meetingId, String section) {
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new Problems.NotFound("meetings.not-found", meetingId));
        String before = m.minutes() == null ? "" : m.minutes().strip();
        String text = before.isEmpty() ? section.strip() : before + "\n\n" + section.strip();
        return ref(meetings.saveMinutes(meetingId, m.minutesVersion(), text));
    }
}
