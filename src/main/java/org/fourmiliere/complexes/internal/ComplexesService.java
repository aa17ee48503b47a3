package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.complexes.CreateTask;
import org.fourmiliere.complexes.OpenRound;
import org.fourmiliere.complexes.RateTask;
import org.fourmiliere.complexes.internal.JobComplexes.Report;
import org.fourmiliere.complexes.internal.JobComplexes.Untaken;
import org.fourmiliere.complexes.internal.JobComplexes.Worked;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.contracts.ContractActivities;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.roles.RoleDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.Hours;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.InternalActivities;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks, rating rounds, ratings and complexes. Individual ratings leave this service only through
 * {@link #myRatings}, for the signed-in rater; everything else is sums, means, counts and dispersion, and a task's
 * means only once {@link RatingRound#MIN_RATERS} persons rated it in a closed round.
 */
@Service
public class ComplexesService {

    public static final String AUDIT_TASK = "role_task";
    public static final String AUDIT_ROUND = "rating_round";

    /** A task's means in a round as they may be shown: null means below the minimum of raters or while open. */
    public record ShownMeans(long taskId, int raters, BigDecimal desirability, BigDecimal empowerment,
                             BigDecimal desirabilityDispersion, BigDecimal empowermentDispersion) {}

    private final ComplexesStore store;
    private final RoleDirectory roles;
    private final InternalActivities activities;
    private final WorkedTime workedTime;
    private final ContractActivities contracts;
    private final AuditTrail audit;
    private final Clock clock;

    ComplexesService(ComplexesStore store, RoleDirectory roles, InternalActivities activities, WorkedTime workedTime,
                     ContractActivities contracts, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.store = store;
        this.roles = roles;
        this.activities = activities;
        this.workedTime = workedTime;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- tasks

    public List<Task> tasks() {
        return store.tasks();
    }

    public Task task(long id) {
        return store.task(id).orElseThrow(() -> new Problems.NotFound("complexes.task.not-found", id));
    }

    public Optional<Map.Entry<Integer, String>> howto(long taskId) {
        return store.howto(taskId);
    }

    /** Every version of the task's how-to, the latest first. */
    public List<HowtoVersion> howtoVersions(long taskId) {
        task(taskId);
        return store.howtoVersions(taskId);
    }

    @Transactional
    public Task createTask(CreateTask c) {
        if (roles.roles().stream().noneMatch(r -> r.code().equals(c.roleCode()))) {
            throw new Problems.InvalidInput("roleCode", "complexes.task.role-unknown", c.roleCode());
        }
        if (store.taskByCode(c.code().strip()).isPresent()) throw new Problems.Conflict("code", "complexes.task.code-taken", c.code());
        if (c.clientService() != null) clientServiceFree(c.clientService(), 0);
        long activity = activities.internalActivity(c.code().strip(), c.nameFr().strip());
        Task t = new Task(0, c.roleCode(), c.code().strip(), c.nameFr().strip(), c.nameEn().strip(), activity,
                c.budgetHours() == null ? BigDecimal.ZERO : c.budgetHours(),
                Money.cad(c.budgetAmount() == null ? BigDecimal.ZERO : c.budgetAmount()), (int) store.tasks().stream()
                .filter(x -> x.roleCode().equals(c.roleCode())).count() * 10 + 10, c.clientService());
        long id = store.insertTask(t);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("role", t.roleCode());
        after.put("code", t.code());
        after.put("budgetHours", t.budgetHours());
        if (t.clientService() != null) after.put("clientService", t.clientService());
        audit.record(AUDIT_TASK, id, "created", null, after);
        if (c.howto() != null && !c.howto().isBlank()) writeHowto(id, c.howto());
        return task(id);
    }

    /**
     * The service kind whose client work the task takes (null: none). Hours on every contract of that kind then count
     * on the task in the complexes; a kind is taken by one task at most (409 naming {@code clientService} otherwise).
     */
    @Transactional
    public Task setClientService(long taskId, ServiceKind kind) {
        Task t = task(taskId);
        if (kind == t.clientService()) return t;
        if (kind != null) clientServiceFree(kind, taskId);
        store.setClientService(taskId, kind);
        Map<String, Object> before = new HashMap<>(), after = new HashMap<>();
        before.put("clientService", t.clientService());
        after.put("clientService", kind);
        audit.record(AUDIT_TASK, taskId, "client-service-set", before, after);
        return task(taskId);
    }

    private void clientServiceFree(ServiceKind kind, long taskId) {
        store.taskOfClientService(kind).filter(o -> o.id() != taskId).ifPresent(o -> {
            throw new Problems.Conflict("clientService", "complexes.task.client-service-taken", kind.name(), o.code());
        });
    }

    /** A new version of the task's how-to (Markdown). */
    @Transactional
    public int writeHowto(long taskId, String body) {
        task(taskId);
        if (body == null || body.isBlank()) throw new Problems.InvalidInput("body", "complexes.howto.empty");
        int version = store.lastHowtoVersion(taskId) + 1;
        store.insertHowto(taskId, version, body.strip(), SignedIn.current().map(SignedIn::personId).orElse(null), clock.instant());
        audit.record(AUDIT_TASK, taskId, "howto-written", null, Map.of("version", version));
        return version;
    }

    @Transactional
    public void setAbility(long taskId, long personId, Ability ability, int wish) {
        task(taskId);
        store.setAbility(taskId, personId, ability, Math.max(-1, Math.min(1, wish)));
        audit.record(AUDIT_TASK, taskId, "ability-set", null, Map.of("person", personId, "ability", ability, "wish", wish));
    }

    private static final BigDecimal MAX_AVAILABILITY = new BigDecimal("100000");

    @Transactional
    public void setAvailability(long personId, BigDecimal hours) {
        // hours are kept as NUMERIC(7,2): a negative, a fraction of a cent-hour or 100,000 hours and more is refused here
        if (hours == null || hours.signum() < 0 || hours.stripTrailingZeros().scale() > 2
                || hours.compareTo(MAX_AVAILABILITY) >= 0) {
            throw new Problems.InvalidInput("hours", "complexes.availability.invalid");
        }
        store.setAvailability(personId, hours);
    }

    // --- rounds and ratings

    public List<RatingRound> rounds() {
        return store.rounds();
    }

    public RatingRound round(long id) {
        return store.round(id).orElseThrow(() -> new Problems.NotFound("complexes.round.not-found", id));
    }

    public Optional<RatingRound> openRound() {
        return store.rounds().stream().filter(r -> r.openOn(today())).findFirst();
    }

    public Optional<RatingRound> roundInForce(LocalDate day) {
        return RatingRound.inForce(store.rounds(), day);
    }

    @Transactional
    public RatingRound openRound(OpenRound c) {
        if (c.note() != null && c.note().length() > 500) throw new Problems.InvalidInput("note", "complexes.text.too-long", 500);
        store.lockRounds();
        RatingRound r = RatingRound.open(today(), c.closesOn(), SignedIn.current().map(SignedIn::personId).orElse(null), c.note(), store.rounds());
        long id = store.insertRound(r);
        audit.record(AUDIT_ROUND, id, "opened", null, Map.of("closesOn", r.closesOn()));
        return round(id);
    }

    /** The signed-in person rates a task in the open round (or changes their rating). Not audited: it is private. */
    @Transactional
    public void rate(long raterId, long roundId, RateTask c) {
        RatingRound r = round(roundId);
        r.checkOpen(today());
        if (store.task(c.taskId()).isEmpty()) throw new Problems.InvalidInput("taskId", "complexes.task.not-found", c.taskId());
        String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().strip();
        if (comment != null && comment.length() > 500) throw new Problems.InvalidInput("comment", "complexes.text.too-long", 500);
        if (c.desirability() == null || c.desirability() < 1 || c.desirability() > 5) {
            throw new Problems.InvalidInput("desirability", "complexes.rating.range");
        }
        if (c.empowerment() == null || c.empowerment() < 1 || c.empowerment() > 5) {
            throw new Problems.InvalidInput("empowerment", "complexes.rating.range");
        }
        store.rate(roundId, c.taskId(), raterId, c.desirability(), c.empowerment(), comment, clock.instant());
    }

    /** The rater's own ratings: the one reading of individual ratings, for the signed-in person only. */
    public List<OwnRating> myRatings(long raterId, long roundId) {
        round(roundId);
        return store.ratingsOf(roundId, raterId);
    }

    public int raters(long roundId) {
        return store.raters(roundId);
    }

    /**
     * What may be shown of each task in a round: counts always, means once closed with enough raters, the dispersion
     * only when it gives no rating away ({@link TaskMeans#dispersionShowable}).
     */
    public Map<Long, ShownMeans> shownMeans(RatingRound round) {
        Map<Long, TaskMeans> sums = store.sums(round.id());
        boolean closed = round.closedOn(today());
        Map<Long, ShownMeans> out = new LinkedHashMap<>();
        for (Task t : store.tasks()) {
            TaskMeans m = sums.getOrDefault(t.id(), TaskMeans.unrated(t.id()));
            if (closed && m.raters() >= RatingRound.MIN_RATERS) {
                out.put(t.id(), new ShownMeans(t.id(), m.raters(), m.shown(Axis.DESIRABILITY), m.shown(Axis.EMPOWERMENT),
                        m.dispersionShowable(Axis.DESIRABILITY)
                                ? m.dispersion(Axis.DESIRABILITY).setScale(2, java.math.RoundingMode.HALF_EVEN) : null,
                        m.dispersionShowable(Axis.EMPOWERMENT)
                                ? m.dispersion(Axis.EMPOWERMENT).setScale(2, java.math.RoundingMode.HALF_EVEN) : null));
            } else {
                out.put(t.id(), new ShownMeans(t.id(), m.raters(), null, null, null, null));
            }
        }
        return out;
    }

    /** The means the complexes count with on a day: those of the round in force, tasks with enough raters only. */
    public Map<Long, TaskMeans> meansInForce(LocalDate day) {
        Map<Long, TaskMeans> out = new HashMap<>();
        roundInForce(day).ifPresent(r -> store.sums(r.id()).forEach((task, m) -> {
            if (m.raters() >= RatingRound.MIN_RATERS) out.put(task, m);
        }));
        return out;
    }

    /** A rating of a past round, for the demo. */
    public record PastRating(long taskId, long raterId, int desirability, int empowerment) {}

    /** A round that closed before today with its ratings: the demo's past, written as it was. */
    @Transactional
    public RatingRound loadClosedRound(LocalDate openedOn, LocalDate closesOn, List<PastRating> ratings) {
        store.lockRounds();
        long id = store.insertRound(new RatingRound(0, openedOn, closesOn, null, null));
        for (PastRating r : ratings) {
            store.rate(id, r.taskId(), r.raterId(), r.desirability(), r.empowerment(), null, openedOn.atStartOfDay(clock.getZone()).toInstant());
        }
        audit.record(AUDIT_ROUND, id, "opened", null, Map.of("closesOn", closesOn));
        return round(id);
    }

    // --- complexes

    /**
     * The task each activity's hours count on: every task's own activity and, for a task that takes the client work of
     * a service kind, every contract activity of that kind.
     */
    public Map<Long, Task> taskOfActivity(List<Task> tasks) {
        Map<Long, Task> out = new HashMap<>();
        Map<ServiceKind, Task> byService = new EnumMap<>(ServiceKind.class);
        for (Task t : tasks) {
            out.put(t.activityId(), t);
            if (t.clientService() != null) byService.put(t.clientService(), t);
        }
        if (!byService.isEmpty()) {
            contracts.serviceKinds().forEach((activity, kind) -> {
                Task t = byService.get(kind);
                if (t != null) out.putIfAbsent(activity, t);
            });
        }
        return out;
    }

    /** Minutes per worker and task over [from, to] (both included), from the one reading of hours. */
    public List<Worked> worked(LocalDate from, LocalDate to, List<Task> tasks) {
        return read(from, to, tasks, false).worked();
    }

    private record Read(List<Worked> worked, List<Untaken> untaken) {}

    /**
     * One reading of the hours: on the tasks (their own activities and the contracts they take) and, when asked, on
     * the contracts of a service kind no task takes (reported, not counted).
     */
    private Read read(LocalDate from, LocalDate to, List<Task> tasks, boolean untaken) {
        Map<Long, Task> taskOf = taskOfActivity(tasks);
        Map<Long, ServiceKind> untakenKinds = new HashMap<>();
        if (untaken) {
            java.util.Set<ServiceKind> taken = EnumSet.noneOf(ServiceKind.class);
            for (Task t : tasks) if (t.clientService() != null) taken.add(t.clientService());
            contracts.serviceKinds().forEach((activity, kind) -> {
                if (!taken.contains(kind) && !taskOf.containsKey(activity)) untakenKinds.put(activity, kind);
            });
        }
        java.util.Set<Long> activityIds = new java.util.HashSet<>(taskOf.keySet());
        activityIds.addAll(untakenKinds.keySet());
        if (activityIds.isEmpty()) return new Read(List.of(), List.of());
        Hours h = workedTime.minutes(HoursQuery.between(from, to).onActivities(activityIds).perPeriod());
        Map<Long, Map<Long, Long>> byTask = new java.util.TreeMap<>(); // worker → task → minutes
        Map<Long, Map<ServiceKind, Long>> byKind = new java.util.TreeMap<>(); // worker → kind → minutes
        for (Hours.Row r : h.rows()) {
            Task t = taskOf.get(r.activityId());
            if (t != null) {
                byTask.computeIfAbsent(r.workerId(), k -> new java.util.TreeMap<>()).merge(t.id(), r.minutes(), Long::sum);
            } else {
                ServiceKind kind = untakenKinds.get(r.activityId());
                if (kind != null) byKind.computeIfAbsent(r.workerId(), k -> new EnumMap<>(ServiceKind.class)).merge(kind, r.minutes(), Long::sum);
            }
        }
        List<Worked> worked = new ArrayList<>();
        byTask.forEach((w, m) -> m.forEach((task, minutes) -> worked.add(new Worked(w, task, minutes))));
        List<Untaken> out = new ArrayList<>();
        byKind.forEach((w, m) -> m.forEach((kind, minutes) -> {
            if (minutes != 0) out.add(new Untaken(w, kind.name(), minutes));
        }));
        return new Read(worked, out);
    }

    /** The complexes over [from, to] (both included) with the means in force on {@code to}. */
    public Report report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) throw new Problems.InvalidInput("to", "complexes.period.invalid");
        Read read = read(from, to, store.tasks(), true);
        return JobComplexes.report(read.worked(), meansInForce(to)).withUntaken(read.untaken());
    }
}
