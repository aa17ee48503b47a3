package org.fourmiliere.timesheets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.shared.Money;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.Hours;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.stereotype.Service;

/**
 * Every total of the time tracker. The week and month grids, the summaries and the pay report fold the one reading
 * of hours ({@link WorkedTime#minutes}, ADR 0301), as eligibility does; the lifetime totals read the month totals
 * kept in step with the same per-day minutes, and the budgets sum them per activity over all time.
 */
@Service
public class TimeReports {

    /** One activity's minutes per day over a span, for the week and month grids. */
    public record GridRow(long activityId, String activityCode, String activityName, Map<LocalDate, Long> perDay, long total) {}

    public record Grid(LocalDate from, LocalDate to, List<LocalDate> days, List<GridRow> rows, Map<LocalDate, Long> dayTotals,
                       Map<EntryKind, Long> kindTotals, long total) {}

    /** One worker's minutes on one activity in one kind. */
    public record SummaryLine(long workerId, long activityId, String activityCode, EntryKind kind, long minutes) {}

    /** One worker's hours and pay over a period. */
    public record PayLine(long workerId, long paidMinutes, long volunteerMinutes, long mandatedMinutes,
                          long paidMinutesWithoutRate, Money pay) {
        public long totalMinutes() { return paidMinutes + volunteerMinutes + mandatedMinutes; }
    }

    public record PayReport(LocalDate from, LocalDate to, List<PayLine> lines, long paidMinutes, long volunteerMinutes,
                            long mandatedMinutes, long paidMinutesWithoutRate, Money pay) {
        public long totalMinutes() { return paidMinutes + volunteerMinutes + mandatedMinutes; }
        /** Volunteer hours as a share of all hours, in percent with one decimal. */
        public BigDecimal volunteerShare() { return share(volunteerMinutes, totalMinutes()); }
    }

    public record Lifetime(LocalDate firstDay, LocalDate lastDay, long paidMinutes, long volunteerMinutes,
                           long mandatedMinutes, long paidMinutesWithoutRate, Money paid) {
        public long totalMinutes() { return paidMinutes + volunteerMinutes + mandatedMinutes; }
        public BigDecimal volunteerShare() { return share(volunteerMinutes, totalMinutes()); }
    }

    public record Budget(Activity activity, long minutes) {
        /** Percent of the budget spent, or null without a budget. */
        public BigDecimal percent() {
            Long b = activity.budgetMinutes();
            return b == null || b == 0 ? null : BigDecimal.valueOf(minutes * 100).divide(BigDecimal.valueOf(b), 1, RoundingMode.HALF_UP);
        }
    }

    private final TimeReportStore store;
    private final Wages wages;
    private final MonthTotalStore totals;
    private final WorkedTime workedTime;
    private final Activities activities;

    TimeReports(TimeReportStore store, Wages wages, MonthTotalStore totals, WorkedTime workedTime, Activities activities) {
        this.store = store;
        this.wages = wages;
        this.totals = totals;
        this.workedTime = workedTime;
        this.activities = activities;
    }

    public Grid grid(long workerId, LocalDate from, LocalDate to) {
        Hours hours = workedTime.minutes(HoursQuery.between(from, to).ofWorker(workerId));
        Map<Long, Activity> activities = this.activities.byIds(hours.byActivity().keySet());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) days.add(d);
        Map<LocalDate, Long> dayTotals = new TreeMap<>();
        days.forEach(d -> dayTotals.put(d, 0L));
        dayTotals.putAll(hours.byDay());
        List<GridRow> rows = new ArrayList<>();
        hours.sumBy(Hours.Row::activityId, Hours.Row::day).forEach((id, perDay) -> {
            Activity a = activities.get(id);
            long total = perDay.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new GridRow(id, a.code(), a.name(), new TreeMap<>(perDay), total));
        });
        rows.sort(Comparator.comparing(GridRow::activityCode));
        return new Grid(from, to, days, List.copyOf(rows), dayTotals, new EnumMap<>(hours.byKind()), hours.total());
    }

    /** Every worker's minutes by activity and kind over a period. */
    public List<SummaryLine> summary(LocalDate from, LocalDate to) {
        record Key(long workerId, long activityId, EntryKind kind) {}
        Hours hours = workedTime.minutes(HoursQuery.between(from, to).perPeriod());
        Map<Key, Long> sums = new HashMap<>();
        for (Hours.Row r : hours.rows()) sums.merge(new Key(r.workerId(), r.activityId(), r.kind()), r.minutes(), Long::sum);
        Map<Long, Activity> activities = this.activities.byIds(hours.byActivity().keySet());
        return sums.entrySet().stream()
                .map(e -> new SummaryLine(e.getKey().workerId(), e.getKey().activityId(),
                        activities.get(e.getKey().activityId()).code(), e.getKey().kind(), e.getValue()))
                .sorted(Comparator.comparingLong(SummaryLine::workerId).thenComparing(SummaryLine::activityCode)
                        .thenComparing(l -> l.kind().name()))
                .toList();
    }

    /** Hours per kind and pay per worker over a period (worker null: everyone); pay = paid minutes × rate of each day. */
    public PayReport pay(LocalDate from, LocalDate to, Long workerId) {
        HoursQuery q = HoursQuery.between(from, to);
        Hours hours = workedTime.minutes((workerId == null ? q : q.ofWorker(workerId)).perDayAndKind());
        WageTable table = wages.table();
        Map<Long, long[]> minutes = new TreeMap<>();
        // per worker: the sum of rate × minutes, exact; divided by 60 once, rounded half-even
        Map<Long, Money> perMinutes = new TreeMap<>();
        for (Hours.Row r : hours.rows()) {
            long[] m = minutes.computeIfAbsent(r.workerId(), w -> new long[4]);
            perMinutes.putIfAbsent(r.workerId(), Money.zero(Money.CAD));
            switch (r.kind()) {
                case PAID -> {
                    m[0] += r.minutes();
                    var rate = table.rateOn(r.day());
                    if (rate.isEmpty()) m[3] += r.minutes();
                    else perMinutes.merge(r.workerId(), rate.get().multipliedBy(r.minutes()), Money::plus);
                }
                case VOLUNTEER -> m[1] += r.minutes();
                case MANDATED_UNPAID -> m[2] += r.minutes();
            }
        }
        List<PayLine> lines = new ArrayList<>();
        long[] t = new long[4];
        Money total = Money.zero(Money.CAD);
        for (var e : minutes.entrySet()) {
            long[] m = e.getValue();
            Money pay = perMinutes.get(e.getKey()).dividedBy(60, RoundingMode.HALF_EVEN);
            lines.add(new PayLine(e.getKey(), m[0], m[1], m[2], m[3], pay));
            for (int i = 0; i < 4; i++) t[i] += m[i];
            total = total.plus(pay);
        }
        return new PayReport(from, to, lines, t[0], t[1], t[2], t[3], total);
    }

    /** Minutes of one kind at one hourly rate (null: before the first rate, so unpaid). */
    private record Part(String kind, Money hourly, long minutes) {}

    /** Hours worked and amount paid since the founding, from the month totals. */
    public Lifetime lifetime() {
        Map<LocalDate, Money> rates = new TreeMap<>();
        wages.table().rates().forEach(r -> rates.put(r.from(), r.hourly()));
        return lifetime(totals.lifetime().stream().map(p -> new Part(p.kind(), rates.get(p.rateFrom()), p.minutes())).toList());
    }

    /** The same totals computed from every day of every entry (slow; checks the month totals). */
    public Lifetime lifetimeFromDays() {
        return lifetime(store.minutesPerKindAndRateFromDays().stream()
                .map(p -> new Part(p.kind(), p.hourly() == null ? null : Money.cad(p.hourly()), p.minutes())).toList());
    }

    private Lifetime lifetime(List<Part> parts) {
        long[] m = new long[4];
        Money perMinutes = Money.zero(Money.CAD);
        for (Part p : parts) {
            switch (EntryKind.valueOf(p.kind())) {
                case PAID -> {
                    m[0] += p.minutes();
                    if (p.hourly() == null) m[3] += p.minutes();
                    else perMinutes = perMinutes.plus(p.hourly().multipliedBy(p.minutes()));
                }
                case VOLUNTEER -> m[1] += p.minutes();
                case MANDATED_UNPAID -> m[2] += p.minutes();
            }
        }
        LocalDate[] span = store.firstAndLastDay();
        return new Lifetime(span[0], span[1], m[0], m[1], m[2], m[3],
                perMinutes.dividedBy(60, RoundingMode.HALF_EVEN));
    }

    /** Minutes spent on each activity since it began, against its budget. */
    public List<Budget> budgets() {
        Map<Long, Long> spent = store.minutesPerActivity();
        return activities.all().stream().map(a -> new Budget(a, spent.getOrDefault(a.id(), 0L))).toList();
    }

    public Budget budget(Activity a) {
        return new Budget(a, store.minutesOn(a.id()));
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
