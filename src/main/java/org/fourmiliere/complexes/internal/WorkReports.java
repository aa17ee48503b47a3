package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.fourmiliere.roles.RoleDirectory;
import org.fourmiliere.roles.RoleRef;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.Hours;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.SingleWage;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.stereotype.Service;

/**
 * The roles' budgets against the hours used on their tasks (time tracker × single wage), and each worker's yearly
 * work distribution by role, task and kind — from the one reading of hours.
 */
@Service
public class WorkReports {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** A role's yearly budget against the hours on its tasks over the period; cost = paid minutes × the day's rate. */
    public record RoleBudget(String roleCode, String nameFr, String nameEn, BigDecimal budgetHours, Money budget,
                             BigDecimal hoursUsed, BigDecimal paidHours, Money cost, BigDecimal hoursUsedShare) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }
    }

    /** Minutes of one worker on one task of one kind over the period. */
    public record DistributionRow(long workerId, String roleCode, long taskId, String taskCode, EntryKind kind, long minutes) {
        public BigDecimal hours() {
            return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
        }
    }

    private final ComplexesService complexes;
    private final RoleDirectory roles;
    private final WorkedTime workedTime;
    private final SingleWage wage;

    WorkReports(ComplexesService complexes, RoleDirectory roles, WorkedTime workedTime, SingleWage wage) {
        this.complexes = complexes;
        this.roles = roles;
        this.workedTime = workedTime;
        this.wage = wage;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) throw new Problems.InvalidInput("to", "complexes.period.invalid");
        if (from.plusYears(2).isBefore(to)) throw new Problems.InvalidInput("to", "complexes.period.too-long");
    }

    public List<RoleBudget> budgets(LocalDate from, LocalDate to) {
        check(from, to);
        List<Task> tasks = complexes.tasks();
        Map<Long, String> roleOfActivity = new HashMap<>();
        tasks.forEach(t -> roleOfActivity.put(t.activityId(), t.roleCode()));
        Map<String, long[]> minutes = new TreeMap<>(); // role → all, paid
        Map<String, BigDecimal> cost = new TreeMap<>(); // role → Σ paid minutes × rate (÷ 60 at the end)
        if (!roleOfActivity.isEmpty()) {
            NavigableMap<LocalDate, Money> rates = wage.rates();
            Hours h = workedTime.minutes(HoursQuery.between(from, to).onActivities(roleOfActivity.keySet()));
            for (Hours.Row r : h.rows()) {
                String role = roleOfActivity.get(r.activityId());
                long[] m = minutes.computeIfAbsent(role, k -> new long[2]);
                m[0] += r.minutes();
                if (r.kind() == EntryKind.PAID) {
                    m[1] += r.minutes();
                    var rate = rates.floorEntry(r.day());
                    if (rate != null) cost.merge(role, rate.getValue().amount().multiply(BigDecimal.valueOf(r.minutes())), BigDecimal::add);
                }
            }
        }
        List<RoleBudget> out = new ArrayList<>();
        for (RoleRef role : roles.roles()) {
            long[] m = minutes.getOrDefault(role.code(), new long[2]);
            BigDecimal used = BigDecimal.valueOf(m[0]).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
            Money spent = Money.of(cost.getOrDefault(role.code(), BigDecimal.ZERO).divide(SIXTY, 2, RoundingMode.HALF_EVEN),
                    role.budget().currency());
            BigDecimal share = role.budgetHours().signum() == 0 ? null
                    : BigDecimal.valueOf(m[0]).divide(SIXTY.multiply(role.budgetHours()), 4, RoundingMode.HALF_EVEN);
            out.add(new RoleBudget(role.code(), role.nameFr(), role.nameEn(), role.budgetHours(), role.budget(), used,
                    BigDecimal.valueOf(m[1]).divide(SIXTY, 2, RoundingMode.HALF_EVEN), spent, share));
        }
        return out;
    }

    /** The work distribution of the workers asked (all when empty) over the period, by role, task and kind. */
    public List<DistributionRow> distribution(LocalDate from, LocalDate to, Set<Long> workers) {
        check(from, to);
        List<Task> tasks = complexes.tasks();
        Map<Long, Task> byActivity = complexes.taskOfActivity(tasks);
        if (byActivity.isEmpty()) return List.of();
        HoursQuery q = HoursQuery.between(from, to).onActivities(byActivity.keySet()).perPeriod();
        if (!workers.isEmpty()) q = q.ofWorkers(workers);
        Map<String, DistributionRow> out = new LinkedHashMap<>();
        for (Hours.Row r : workedTime.minutes(q).rows()) {
            Task t = byActivity.get(r.activityId());
            String key = r.workerId() + "/" + t.id() + "/" + r.kind();
            DistributionRow prev = out.get(key);
            out.put(key, new DistributionRow(r.workerId(), t.roleCode(), t.id(), t.code(), r.kind(),
                    (prev == null ? 0 : prev.minutes()) + r.minutes()));
        }
        List<DistributionRow> rows = new ArrayList<>(out.values());
        rows.sort(java.util.Comparator.comparing(DistributionRow::workerId).thenComparing(DistributionRow::roleCode)
                .thenComparing(DistributionRow::taskCode).thenComparing(DistributionRow::kind));
        return rows;
    }

    /**
     * One worker's complex over a part of the distribution's period: {@code ALL} the whole period, {@code SLICE} one
     * of its quarters (three months from its first day, the last one cut at its end), {@code CHANGE} the last slice
     * with a complex less the first one (from/to: those two slices' first and last days).
     */
    public record ComplexOverTime(long workerId, Part part, int slice, LocalDate from, LocalDate to, long ratedMinutes,
                                  BigDecimal desirability, BigDecimal empowerment) {
        public enum Part { ALL, SLICE, CHANGE }

        public BigDecimal hours() {
            return BigDecimal.valueOf(ratedMinutes).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * Each worker's complex over the period, over each of its quarters and its change between the first and the last
     * quarter with one. Every part is weighed with the means in force at the period's end, so that the change shows a
     * change in the work done, not in the ratings.
     */
    public List<ComplexOverTime> complexesOverTime(LocalDate from, LocalDate to, Set<Long> workers) {
        check(from, to);
        List<Task> tasks = complexes.tasks();
        Map<Long, TaskMeans> means = complexes.meansInForce(to);
        List<ComplexOverTime> out = new ArrayList<>();
        Map<Long, ComplexOverTime> first = new HashMap<>(), last = new HashMap<>();
        for (JobComplexes.Complex c : JobComplexes.report(only(complexes.worked(from, to, tasks), workers), means).complexes()) {
            out.add(new ComplexOverTime(c.workerId(), ComplexOverTime.Part.ALL, 0, from, to, c.ratedMinutes(), c.desirability(),
                    c.empowerment()));
        }
        int slice = 1;
        for (LocalDate f = from; !f.isAfter(to); f = f.plusMonths(3), slice++) {
            LocalDate t = f.plusMonths(3).minusDays(1).isAfter(to) ? to : f.plusMonths(3).minusDays(1);
            for (JobComplexes.Complex c : JobComplexes.report(only(complexes.worked(f, t, tasks), workers), means).complexes()) {
                ComplexOverTime x = new ComplexOverTime(c.workerId(), ComplexOverTime.Part.SLICE, slice, f, t, c.ratedMinutes(),
                        c.desirability(), c.empowerment());
                out.add(x);
                first.putIfAbsent(c.workerId(), x);
                last.put(c.workerId(), x);
            }
        }
        for (var e : first.entrySet()) {
            ComplexOverTime a = e.getValue(), b = last.get(e.getKey());
            if (a.slice() == b.slice()) continue;
            out.add(new ComplexOverTime(e.getKey(), ComplexOverTime.Part.CHANGE, 0, a.from(), b.to(), 0,
                    b.desirability().subtract(a.desirability()), b.empowerment().subtract(a.empowerment())));
        }
        out.sort(java.util.Comparator.comparingLong(ComplexOverTime::workerId).thenComparing(ComplexOverTime::part)
                .thenComparingInt(ComplexOverTime::slice));
        return out;
    }

    private static List<JobComplexes.Worked> only(List<JobComplexes.Worked> worked, Set<Long> workers) {
        return workers.isEmpty() ? worked : worked.stream().filter(w -> workers.contains(w.workerId())).toList();
    }
}
