package org.fourmiliere.complexes.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.complexes.internal.JobComplexes;
import org.fourmiliere.complexes.internal.Proposals;
import org.fourmiliere.complexes.internal.RatingRound;
import org.fourmiliere.complexes.internal.Task;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.stereotype.Component;

/** The view records of the pages and the API, built from the services and the names of the members directory. */
@Component
class ComplexesViews {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    record TaskView(long id, String roleCode, String code, String nameFr, String nameEn, long activityId,
                    BigDecimal budgetHours, BigDecimal budgetAmount, String currency, Integer howtoVersion, String howto,
                    ServiceKind clientService) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }
    }

    record TaskMeansView(long taskId, String code, String nameFr, String nameEn, int raters, BigDecimal desirability,
                         BigDecimal empowerment, BigDecimal desirabilityDispersion, BigDecimal empowermentDispersion) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }
    }

    record RoundView(long id, LocalDate openedOn, LocalDate closesOn, boolean open, boolean inForce, int raters,
                     int minimumRaters, String note, List<TaskMeansView> tasks) {}

    record OwnRatingView(long taskId, int desirability, int empowerment, String comment) {}

    record ComplexView(long personId, String name, BigDecimal hours, BigDecimal desirability, BigDecimal empowerment,
                       BigDecimal leastDesirableHours, BigDecimal ownLeastDesirableShare,
                       BigDecimal carriedLeastDesirableShare, BigDecimal unratedHours) {}

    record SpreadView(BigDecimal standardDeviation, BigDecimal range, BigDecimal min, BigDecimal max) {}

    record UnratedView(long personId, String name, long taskId, String task, BigDecimal hours) {}

    record UntakenView(long personId, String name, String serviceKind, BigDecimal hours) {}

    record CarrierView(long personId, String name, BigDecimal share) {}

    record ReportView(LocalDate from, LocalDate to, Long roundId, List<ComplexView> complexes, SpreadView desirability,
                      SpreadView empowerment, List<Long> leastDesirableTasks, CarrierView largestLeastDesirableCarrier,
                      List<UnratedView> unrated, List<UntakenView> untakenContractHours) {}

    record LineView(long taskId, String task, long personId, String name, BigDecimal hours) {}

    record PersonChangeView(long personId, String name, BigDecimal hoursBefore, BigDecimal hoursAfter,
                            BigDecimal desirabilityBefore, BigDecimal desirabilityAfter, BigDecimal empowermentBefore,
                            BigDecimal empowermentAfter, BigDecimal leastDesirableHoursBefore,
                            BigDecimal leastDesirableHoursAfter, List<String> gained, List<String> lost) {}

    record ProposalView(long id, LocalDate from, LocalDate to, String state, int progress, String score, String failure,
                        List<LineView> today, List<LineView> proposed, SpreadView desirabilityBefore,
                        SpreadView desirabilityAfter, SpreadView empowermentBefore, SpreadView empowermentAfter,
                        List<PersonChangeView> changes) {}

    record DistributionView(long personId, String name, String roleCode, long taskId, String task, String kind,
                            BigDecimal hours) {}

    private final ComplexesService complexes;
    private final Proposals proposals;
    private final MemberDirectory members;
    private final org.fourmiliere.complexes.internal.WorkReports reports;

    ComplexesViews(ComplexesService complexes, Proposals proposals, MemberDirectory members,
                   org.fourmiliere.complexes.internal.WorkReports reports) {
        this.complexes = complexes;
        this.proposals = proposals;
        this.members = members;
        this.reports = reports;
    }

    /** The signed-in person's own distribution; everyone's for VIEW_ALL_TIME or MANAGE_BODIES. */
    List<DistributionView> distribution(LocalDate from, LocalDate to) {
        var me = org.fourmiliere.accounts.SignedIn.require();
        boolean all = me.has(org.fourmiliere.accounts.Permission.VIEW_ALL_TIME) || me.has(org.fourmiliere.accounts.Permission.MANAGE_BODIES);
        if (!all && me.personId() == null) return List.of();
        Set<Long> workers = all ? Set.of() : Set.of(me.personId());
        var rows = reports.distribution(from, to, workers);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.workerId()));
        Map<Long, String> names = names(ids);
        List<DistributionView> out = new ArrayList<>();
        for (var r : rows) {
            out.add(new DistributionView(r.workerId(), names.getOrDefault(r.workerId(), "#" + r.workerId()), r.roleCode(),
                    r.taskId(), r.taskCode(), r.kind().name(), r.hours()));
        }
        return out;
    }

    record ComplexOverTimeView(long personId, String name, String part, int slice, LocalDate from, LocalDate to,
                               BigDecimal hours, BigDecimal desirability, BigDecimal empowerment) {}

    /** Each worker's complex over the period, its quarters and its change; whose: as {@link #distribution}. */
    List<ComplexOverTimeView> complexesOverTime(LocalDate from, LocalDate to) {
        var me = org.fourmiliere.accounts.SignedIn.require();
        boolean all = me.has(org.fourmiliere.accounts.Permission.VIEW_ALL_TIME) || me.has(org.fourmiliere.accounts.Permission.MANAGE_BODIES);
        if (!all && me.personId() == null) return List.of();
        var rows = reports.complexesOverTime(from, to, all ? Set.of() : Set.of(me.personId()));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.workerId()));
        Map<Long, String> names = names(ids);
        List<ComplexOverTimeView> out = new ArrayList<>();
        for (var r : rows) {
            out.add(new ComplexOverTimeView(r.workerId(), names.getOrDefault(r.workerId(), "#" + r.workerId()), r.part().name(),
                    r.slice(), r.from(), r.to(), r.hours(), two(r.desirability()), two(r.empowerment())));
        }
        return out;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal two(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_EVEN);
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) for (PersonRef p : members.persons(new HashSet<>(ids))) out.put(p.id(), p.name());
        return out;
    }

    List<TaskView> tasks() {
        return complexes.tasks().stream().map(this::task).toList();
    }

    TaskView task(long id) {
        return task(complexes.task(id));
    }

    private TaskView task(Task t) {
        var howto = complexes.howto(t.id());
        return new TaskView(t.id(), t.roleCode(), t.code(), t.nameFr(), t.nameEn(), t.activityId(), t.budgetHours(),
                t.budget().amount(), t.budget().currency().getCurrencyCode(), howto.map(Map.Entry::getKey).orElse(null),
                howto.map(Map.Entry::getValue).orElse(null), t.clientService());
    }

    List<RoundView> rounds() {
        return complexes.rounds().stream().map(this::round).toList();
    }

    RoundView round(long id) {
        return round(complexes.round(id));
    }

    RoundView round(RatingRound r) {
        Map<Long, Task> tasks = new HashMap<>();
        complexes.tasks().forEach(t -> tasks.put(t.id(), t));
        Long inForce = complexes.roundInForce(complexes.today()).map(RatingRound::id).orElse(null);
        List<TaskMeansView> ts = new ArrayList<>();
        complexes.shownMeans(r).forEach((taskId, m) -> {
            Task t = tasks.get(taskId);
            ts.add(new TaskMeansView(taskId, t.code(), t.nameFr(), t.nameEn(), m.raters(), m.desirability(), m.empowerment(),
                    m.desirabilityDispersion(), m.empowermentDispersion()));
        });
        return new RoundView(r.id(), r.openedOn(), r.closesOn(), r.openOn(complexes.today()), Long.valueOf(r.id()).equals(inForce),
                complexes.raters(r.id()), RatingRound.MIN_RATERS, r.note(), ts);
    }

    List<OwnRatingView> mine(long personId, long roundId) {
        return complexes.myRatings(personId, roundId).stream()
                .map(o -> new OwnRatingView(o.taskId(), o.desirability(), o.empowerment(), o.comment())).toList();
    }

    ReportView report(LocalDate from, LocalDate to) {
        return report(from, to, complexes.report(from, to));
    }

    ReportView report(LocalDate from, LocalDate to, JobComplexes.Report r) {
        Set<Long> ids = new TreeSet<>();
        r.complexes().forEach(c -> ids.add(c.workerId()));
        r.unrated().forEach(u -> ids.add(u.workerId()));
        r.untaken().forEach(u -> ids.add(u.workerId()));
        Map<Long, String> names = names(ids);
        Map<Long, Task> tasks = new HashMap<>();
        complexes.tasks().forEach(t -> tasks.put(t.id(), t));
        List<ComplexView> cs = r.complexes().stream().map(c -> new ComplexView(c.workerId(), names.getOrDefault(c.workerId(), "#" + c.workerId()),
                c.hours(), c.shownDesirability(), c.shownEmpowerment(), hours(c.leastDesirableMinutes()),
                two(c.ownLeastDesirableShare()), two(c.carriedLeastDesirableShare()), hours(c.unratedMinutes()))).toList();
        CarrierView carrier = null;
        if (r.largestLeastDesirableCarrier() != null) {
            long id = r.largestLeastDesirableCarrier();
            BigDecimal share = r.complexes().stream().filter(c -> c.workerId() == id).findFirst().orElseThrow().carriedLeastDesirableShare();
            carrier = new CarrierView(id, names.getOrDefault(id, "#" + id), two(share));
        }
        List<UnratedView> unrated = r.unrated().stream().map(u -> new UnratedView(u.workerId(), names.getOrDefault(u.workerId(), "#" + u.workerId()),
                u.taskId(), tasks.containsKey(u.taskId()) ? tasks.get(u.taskId()).code() : "#" + u.taskId(), hours(u.minutes()))).toList();
        return new ReportView(from, to, complexes.roundInForce(to).map(RatingRound::id).orElse(null), cs, spread(r.desirability()),
                spread(r.empowerment()), r.leastDesirableTasks(), carrier, unrated,
                r.untaken().stream().map(u -> new UntakenView(u.workerId(), names.getOrDefault(u.workerId(), "#" + u.workerId()),
                        u.serviceKind(), hours(u.minutes()))).toList());
    }

    static SpreadView spread(JobComplexes.Spread s) {
        return new SpreadView(s.shownDeviation(), s.shownRange(), two(s.min()), two(s.max()));
    }

    ProposalView proposal(long id, String language) {
        var p = proposals.proposal(id);
        var today = proposals.assignment(p.from().isAfter(complexes.today()) ? complexes.today() : p.from());
        var proposed = proposals.lines(id);
        Set<Long> ids = new TreeSet<>();
        today.forEach(a -> ids.add(a.personId()));
        proposed.forEach(a -> ids.add(a.personId()));
        Map<Long, String> names = names(ids);
        Map<Long, Task> tasks = new HashMap<>();
        complexes.tasks().forEach(t -> tasks.put(t.id(), t));
        JobComplexes.Report before = proposals.predicted(p.from(), p.to(), today);
        JobComplexes.Report after = proposals.predicted(p.from(), p.to(), proposed);
        Set<Long> least = new HashSet<>(before.leastDesirableTasks());
        List<PersonChangeView> changes = new ArrayList<>();
        if (!proposed.isEmpty()) {
            for (long person : ids) {
                Map<Long, Long> b = new TreeMap<>(), a = new TreeMap<>();
                today.stream().filter(x -> x.personId() == person).forEach(x -> b.merge(x.taskId(), x.minutes(), Long::sum));
                proposed.stream().filter(x -> x.personId() == person).forEach(x -> a.merge(x.taskId(), x.minutes(), Long::sum));
                if (a.equals(b)) continue;
                List<String> gained = new ArrayList<>(), lost = new ArrayList<>();
                Set<Long> all = new TreeSet<>(a.keySet());
                all.addAll(b.keySet());
                for (long t : all) {
                    long diff = a.getOrDefault(t, 0L) - b.getOrDefault(t, 0L);
                    String name = tasks.get(t).name(language) + " (" + hours(Math.abs(diff)).stripTrailingZeros().toPlainString() + " h)";
                    if (diff > 0) gained.add(name);
                    else if (diff < 0) lost.add(name);
                }
                var cb = before.complexes().stream().filter(c -> c.workerId() == person).findFirst();
                var ca = after.complexes().stream().filter(c -> c.workerId() == person).findFirst();
                long lb = b.entrySet().stream().filter(e -> least.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                long la = a.entrySet().stream().filter(e -> least.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                changes.add(new PersonChangeView(person, names.getOrDefault(person, "#" + person),
                        hours(b.values().stream().mapToLong(Long::longValue).sum()), hours(a.values().stream().mapToLong(Long::longValue).sum()),
                        cb.map(JobComplexes.Complex::shownDesirability).orElse(null), ca.map(JobComplexes.Complex::shownDesirability).orElse(null),
                        cb.map(JobComplexes.Complex::shownEmpowerment).orElse(null), ca.map(JobComplexes.Complex::shownEmpowerment).orElse(null),
                        hours(lb), hours(la), gained, lost));
            }
        }
        return new ProposalView(p.id(), p.from(), p.to(), p.state(), p.progress(), p.score(), p.failure(),
                lines(today, tasks, names, language), lines(proposed, tasks, names, language), spread(before.desirability()),
                spread(after.desirability()), spread(before.empowerment()), spread(after.empowerment()), changes);
    }

    private static List<LineView> lines(List<org.fourmiliere.complexes.internal.Assignment> rows, Map<Long, Task> tasks,
                                        Map<Long, String> names, String language) {
        return rows.stream().map(a -> new LineView(a.taskId(), tasks.get(a.taskId()).name(language), a.personId(),
                names.getOrDefault(a.personId(), "#" + a.personId()), hours(a.minutes()))).toList();
    }
}
