package org.fourmiliere.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagements of a set of persons over time, read at once, so that a report asking about many days of many
 * workers reads the registry once rather than once per day.
 */
public final class EngagementHistory {

    /** One engagement, both ends included, {@code until} null while it lasts. */
    public record Period(Engagement engagement, LocalDate since, LocalDate until) {
        public boolean activeOn(LocalDate day) {
            return !day.isBefore(since) && (until == null || !day.isAfter(until));
        }
    }

    private final Map<Long, List<Period>> byPerson;

    /** {@code byPerson}: each person's periods, the latest first (the first active one wins, as for one day). */
    public EngagementHistory(Map<Long, List<Period>> byPerson) {
        this.byPerson = Map.copyOf(byPerson);
    }

    /** How the person worked for the collective on that day, if they did (the same answer as {@link MemberDirectory#engagement}). */
    public Optional<Engagement> on(long personId, LocalDate day) {
        for (Period p : byPerson.getOrDefault(personId, List.of()))
            if (p.activeOn(day)) return Optional.of(p.engagement());
        return Optional.empty();
    }
}
