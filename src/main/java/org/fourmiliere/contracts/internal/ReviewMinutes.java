package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fourmiliere.governance.MeetingMinutes;
import org.fourmiliere.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly review as a section of a production meeting's minutes (Markdown): what changed in the pipeline since
 * the previous production meeting (or the day given), added to the minutes in one action.
 */
@Service
public class ReviewMinutes {

    private final PipelineService pipeline;
    private final MeetingMinutes minutes;
    private final MessageSource messages;

    ReviewMinutes(PipelineService pipeline, MeetingMinutes minutes, MessageSource messages) {
        this.pipeline = pipeline;
        this.minutes = minutes;
        this.messages = messages;
    }

    /** The day of the meeting's previous one of the same kind: the last review. */
    public Optional<LocalDate> previousReview(long meetingId) {
        if (minutes.meeting(meetingId).isEmpty()) throw new Problems.NotFound("meetings.not-found", meetingId);
        return minutes.previousDay(meetingId);
    }

    /** Adds the review since {@code since} (the previous meeting's day by default) to the meeting's minutes. */
    @Transactional
    public MeetingMinutes.MeetingRef append(long meetingId, LocalDate since, Locale locale) {
        var meeting = minutes.meeting(meetingId).orElseThrow(() -> new Problems.NotFound("meetings.not-found", meetingId));
        if (!"PRODUCTION".equals(meeting.type())) throw new Problems.Conflict("meeting", "contracts.review.not-production");
        LocalDate s = since != null ? since : previousReview(meetingId).orElse(null);
        return minutes.append(meetingId, text(pipeline.review(s), locale));
    }

    public String text(Pipeline.Review r, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(msg("contracts.review.title", locale, r.since().toString(), r.today().toString())).append("\n");
        section(b, msg("contracts.review.created", locale), r.created(), locale);
        b.append("\n### ").append(msg("contracts.review.moved", locale)).append("\n");
        if (r.moved().isEmpty()) b.append("- ").append(msg("contracts.review.none", locale)).append("\n");
        for (Pipeline.StageChange c : r.moved()) {
            String title = r.title(c.opportunityId());
            b.append("- ").append(title).append(" : ").append(msg("contracts.stage." + c.from(), locale)).append(" → ")
                    .append(msg("contracts.stage." + c.to(), locale)).append(" (").append(c.on()).append(")\n");
        }
        section(b, msg("contracts.review.won", locale), r.won(), locale);
        section(b, msg("contracts.review.lost", locale), r.lost(), locale);
        section(b, msg("contracts.review.overdue", locale), r.overdue(), locale);
        return b.toString();
    }

    private void section(StringBuilder b, String title, List<Opportunity> list, Locale locale) {
        b.append("\n### ").append(title).append("\n");
        if (list.isEmpty()) b.append("- ").append(msg("contracts.review.none", locale)).append("\n");
        for (Opportunity o : list) {
            b.append("- ").append(o.title()).append(" — ").append(o.clientName() == null ? "" : o.clientName())
                    .append(" — ").append(o.estimate().amount().toPlainString()).append(" $ × ").append(o.chance()).append(" %");
            if (o.expectedDecision() != null) b.append(" — ").append(o.expectedDecision());
            if (o.lostReason() != null) b.append(" — ").append(o.lostReason());
            b.append("\n");
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
