package org.fourmiliere.members.internal;

import java.time.LocalDate;
import org.fourmiliere.members.Engagement;

public record EngagementRow(long id, long personId, Engagement engagement, LocalDate since, LocalDate until) {
    public boolean activeOn(LocalDate day) {
        return new GoodStanding.Span(since, until).contains(day);
    }
}
