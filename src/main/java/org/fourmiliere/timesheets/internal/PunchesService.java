package org.fourmiliere.timesheets.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.timesheets.Punches;
import org.springframework.stereotype.Service;

/** {@link Punches} over {@link TimeEntries}: one punch path for the web, the API and the chat. */
@Service
class PunchesService implements Punches {

    private final TimeEntries entries;
    private final Activities activities;

    PunchesService(TimeEntries entries, Activities activities) {
        this.entries = entries;
        this.activities = activities;
    }

    @Override
    public Outcome punch(long personId, String activityCode) {
        var r = entries.punch(personId, activityCode, null, null);
        return new Outcome(of(r.running()), of(r.stopped()));
    }

    @Override
    public Optional<Punched> stop(long personId) {
        return entries.stop(personId).map(PunchesService::of);
    }

    @Override
    public Optional<Punched> running(long personId) {
        return entries.running(personId).map(PunchesService::of);
    }

    @Override
    public Week week(long personId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) byDay.put(monday.plusDays(i), 0L);
        long total = 0;
        for (TimeEntry e : entries.list(personId, monday, sunday, 10_000)) {
            if (e.running()) continue;
            for (var d : e.days().entrySet()) {
                if (byDay.containsKey(d.getKey())) {
                    byDay.merge(d.getKey(), (long) d.getValue(), Long::sum);
                    total += d.getValue();
                }
            }
        }
        return new Week(monday, byDay, total);
    }

    @Override
    public List<String> closestActivities(String code, int max) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return activities.open().stream()
                .map(Activity::code)
                .sorted(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .filter(c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= Math.max(3, wanted.length() / 2)
                        || c.toLowerCase(Locale.ROOT).contains(wanted) && !wanted.isEmpty())
                .limit(max)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    private static Punched of(TimeEntry e) {
        if (e == null) return null;
        return new Punched(e.id(), e.activityCode(), e.activityName(), e.start(), e.end(), e.minutes());
    }
}
