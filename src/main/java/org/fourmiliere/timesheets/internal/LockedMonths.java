package org.fourmiliere.timesheets.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fourmiliere.shared.Problems;

/** The months locked for time (§8): entries on their days never change; corrections are adjusting entries. */
record LockedMonths(Set<YearMonth> months) {

    LockedMonths {
        months = Set.copyOf(months);
    }

    boolean contains(YearMonth month) {
        return months.contains(month);
    }

    /** Those of {@code asked} that are locked, in order. */
    Set<YearMonth> among(Collection<YearMonth> asked) {
        Set<YearMonth> result = new TreeSet<>();
        for (YearMonth m : asked) if (months.contains(m)) result.add(m);
        return result;
    }

    /** Refuses minutes on {@code days} when one of their months is locked (409 on {@code field}, naming the first). */
    void refuseAnyOf(Map<LocalDate, Integer> days, String field) {
        Set<YearMonth> touched = new TreeSet<>();
        days.keySet().forEach(d -> touched.add(YearMonth.from(d)));
        Set<YearMonth> locked = among(touched);
        if (!locked.isEmpty()) throw new Problems.Conflict(field, "time.locked", locked.iterator().next().toString());
    }

    /** Refuses locking a month again. */
    void refuseRelock(YearMonth month) {
        if (contains(month)) throw new Problems.Conflict("month", "time.lock.already", month.toString());
    }
}
