package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.shared.Money;

/** The pipeline's folds: the weighted value per month and team, and the weekly review of what changed. */
public final class Pipeline {

    private Pipeline() {}

    /** A change of stage, as the history keeps it ({@code from} null when the opportunity was created). */
    public record StageChange(long opportunityId, Stage from, Stage to, LocalDate on, String by) {}

    /** Team 0 stands for opportunities without a team. */
    public static final long NO_TEAM = 0;

    /**
     * The weighted value (estimate × chance) of the open opportunities, per month of their expected decision (the
     * month they were created when none is expected) and per owner team.
     */
    public static Map<YearMonth, Map<Long, Money>> weightedByMonthAndTeam(List<Opportunity> opportunities) {
        Map<YearMonth, Map<Long, Money>> out = new TreeMap<>();
        for (Opportunity o : opportunities) {
            if (!o.open()) continue;
            YearMonth m = YearMonth.from(o.expectedDecision() == null ? o.createdOn() : o.expectedDecision());
            out.computeIfAbsent(m, k -> new TreeMap<>())
                    .merge(o.teamId() == null ? NO_TEAM : o.teamId(), o.weighted(), Money::plus);
        }
        return Collections.unmodifiableMap(out);
    }

    /** What changed from a review day (included) to {@code today}: new, moved, won, lost (and abandoned), overdue. */
    public record Review(LocalDate since, LocalDate today, List<Opportunity> created, List<StageChange> moved,
                         List<Opportunity> won, List<Opportunity> lost, List<Opportunity> overdue, Map<Long, String> titles) {

        /** The title of an opportunity the review speaks of ({@code #id} if it was not given). */
        public String title(long opportunityId) {
            return titles.getOrDefault(opportunityId, "#" + opportunityId);
        }
    }

    /**
     * The review from the opportunities it may speak of (at least those created or changed since {@code since} and the
     * open ones whose decision is overdue; more do no harm) and the changes of stage since then.
     */
    public static Review review(LocalDate since, LocalDate today, List<Opportunity> opportunities, List<StageChange> changes) {
        Map<Long, Opportunity> byId = new TreeMap<>();
        opportunities.forEach(o -> byId.put(o.id(), o));
        List<Opportunity> created = new ArrayList<>();
        Set<Long> createdIds = new HashSet<>();
        for (Opportunity o : opportunities) {
            if (!o.createdOn().isBefore(since) && !o.createdOn().isAfter(today)) {
                created.add(o);
                createdIds.add(o.id());
            }
        }
        List<StageChange> moved = new ArrayList<>();
        Set<Long> won = new java.util.TreeSet<>(), lost = new java.util.TreeSet<>();
        for (StageChange c : changes) {
            if (c.from() == null || c.on().isBefore(since) || c.on().isAfter(today)) continue;
            if (c.to() == Stage.WON) won.add(c.opportunityId());
            else if (c.to() == Stage.LOST || c.to() == Stage.ABANDONED) lost.add(c.opportunityId());
            else moved.add(c);
        }
        List<Opportunity> overdue = opportunities.stream().filter(o -> o.overdueOn(today)).toList();
        return new Review(since, today, List.copyOf(created), List.copyOf(moved),
                won.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
                lost.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), overdue, titles(byId));
    }

    private static Map<Long, String> titles(Map<Long, Opportunity> byId) {
        Map<Long, String> titles = new java.util.HashMap<>();
        byId.forEach((id, o) -> titles.put(id, o.title()));
        return Collections.unmodifiableMap(titles);
    }
}
