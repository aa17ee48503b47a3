package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.complexes.EditProposalLine;
import org.fourmiliere.complexes.RequestProposal;
import org.fourmiliere.complexes.internal.JobComplexes.Report;
import org.fourmiliere.complexes.internal.JobComplexes.Worked;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.complexes.internal.solver.AssignmentScore;
import org.fourmiliere.complexes.internal.solver.AssignmentSolver;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.roles.RoleDirectory;
import org.fourmiliere.roles.RoleHoldings;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Assignment proposals (ADR 0211): a request is stored RUNNING and, once committed, solved on a background thread
 * (one at a time) by Timefold Solver, which writes its progress and then the lines; the human-resources committee
 * edits lines and accepts: today's assignment and the holdings of the roles (with their shares) change once, in one
 * transaction, audited (type {@value #AUDIT_TYPE}).
 */
@Service
public class Proposals implements DisposableBean {

    public static final String AUDIT_TYPE = "assignment_proposal";
    /** Task hours are given in blocks of four hours. */
    public static final int BLOCK_MINUTES = 240;
    /** The rolling window: this many past periods of the same length count with the coming one. */
    public static final int WINDOW_PERIODS = 3;

    /** What the solver was given, kept to explain the answer. */
    public record Built(AssignmentProblem problem, List<Long> unratedTasks, List<Long> leastDesirable) {}

    private final ComplexesStore store;
    private final ComplexesService complexes;
    private final RoleHoldings holdings;
    private final RoleDirectory roles;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration limit;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "assignment-solver");
        t.setDaemon(true);
        return t;
    });

    Proposals(ComplexesStore store, ComplexesService complexes, RoleHoldings holdings, RoleDirectory roles,
              MemberDirectory members, AuditTrail audit, Clock clock,
              @Value("${fourmiliere.complexes.solver-seconds:10}") long seconds) {
        this.store = store;
        this.complexes = complexes;
        this.holdings = holdings;
        this.roles = roles;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.limit = Duration.ofSeconds(seconds);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    public List<Proposal> all() {
        return store.proposals();
    }

    public Proposal proposal(long id) {
        return store.proposal(id).orElseThrow(() -> new Problems.NotFound("complexes.proposal.not-found", id));
    }

    public List<Assignment> lines(long id) {
        return store.lines(id);
    }

    public List<Assignment> assignment(LocalDate day) {
        return store.assignment(day);
    }

    /** Stores the request; the solver starts once it is committed and never holds up the request. */
    @Transactional
    public long request(RequestProposal c) {
        if (!c.to().isAfter(c.from())) throw new Problems.InvalidInput("to", "complexes.period.invalid");
        if (ChronoUnit.DAYS.between(c.from(), c.to()) > 366) throw new Problems.InvalidInput("to", "complexes.period.too-long");
        long id = store.insertProposal(c.from(), c.to(), SignedIn.current().map(SignedIn::personId).orElse(null), clock.instant());
        audit.record(AUDIT_TYPE, id, "requested", null, Map.of("from", c.from(), "to", c.to()));
        Runnable job = () -> run(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.submit(job);
                }
            });
        } else {
            executor.submit(job);
        }
        return id;
    }

    void run(long id) {
        Proposal p = store.proposal(id).orElseThrow();
        try {
            Built built = build(p.from(), p.to());
            AssignmentProblem problem = built.problem();
            long total = limit.toMillis();
            AssignmentSolver.Result r = AssignmentSolver.solve(problem, new AssignmentSolver.Limits(limit, limit.dividedBy(3), null),
                    (millis, score) -> store.progress(id, (int) Math.min(99, 100 * millis / Math.max(1, total)), text(score)));
            store.replaceLines(id, lines(problem, r.assignment()));
            store.finish(id, "READY", text(r.score()), null);
        } catch (RuntimeException e) {
            store.finish(id, "FAILED", null, String.valueOf(e.getMessage()));
        }
    }

    static String text(AssignmentScore.Score s) {
        return s.hard() + "hard/" + s.soft() + "soft";
    }

    /** The problem of the period [from, to): today's assignment, abilities, availability, past window, means in force. */
    public Built build(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = complexes.tasks();
        Map<Long, TaskMeans> means = complexes.meansInForce(today);
        List<Long> least = JobComplexes.leastDesirable(means.values());
        List<Assignment> current = store.assignment(from.isAfter(today) ? today : from);
        Map<Long, Map<Long, Long>> currentByTask = new TreeMap<>();
        for (Assignment a : current) currentByTask.computeIfAbsent(a.taskId(), k -> new LinkedHashMap<>()).put(a.personId(), a.minutes());
        Set<Long> workerIds = new java.util.TreeSet<>();
        for (PersonRef w : members.workers(from)) workerIds.add(w.id());
        current.forEach(a -> workerIds.add(a.personId()));
        Map<Long, BigDecimal> availability = store.availability();
        Map<Long, Map<Long, AbilityRow>> abilities = new HashMap<>();
        for (var a : store.abilities()) abilities.computeIfAbsent(a.taskId(), k -> new HashMap<>()).put(a.personId(), a);

        // the past window: complexes over the WINDOW_PERIODS periods before from
        long days = ChronoUnit.DAYS.between(from, to);
        Report past = JobComplexes.report(complexes.worked(from.minusDays(days * WINDOW_PERIODS), from.minusDays(1), tasks), means);
        Map<Long, JobComplexes.Complex> pastOf = new HashMap<>();
        past.complexes().forEach(c -> pastOf.put(c.workerId(), c));

        double neutral = 3.0;
        List<AssignmentProblem.Task> ts = new ArrayList<>();
        List<Long> unrated = new ArrayList<>();
        Map<Long, Integer> assignedBlocks = new HashMap<>();
        for (Task t : tasks) {
            Map<Long, Long> now = currentByTask.getOrDefault(t.id(), Map.of());
            long needed = now.values().stream().mapToLong(Long::longValue).sum();
            if (needed == 0) needed = t.budgetHours().multiply(BigDecimal.valueOf(60 * days)).divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_EVEN).longValue();
            int blocks = (int) Math.round((double) needed / BLOCK_MINUTES);
            if (needed > 0 && blocks == 0) blocks = 1;
            if (blocks == 0) continue;
            List<Long> holders = new ArrayList<>();
            for (var e : now.entrySet()) {
                long n = Math.max(1, Math.round((double) e.getValue() / BLOCK_MINUTES));
                for (int k = 0; k < n && holders.size() < blocks; k++) holders.add(e.getKey());
            }
            Set<String> roleHolders = new HashSet<>();
            List<Long> ofRole = roles.holderIds(t.roleCode(), from.isAfter(today) ? today : from);
            Map<Long, Ability> ab = new HashMap<>();
            for (long w : workerIds) {
                var row = abilities.getOrDefault(t.id(), Map.of()).get(w);
                Ability a = row != null ? row.ability() : now.containsKey(w) || ofRole.contains(w) ? Ability.CAN : Ability.CANNOT;
                if (a != Ability.CANNOT) ab.put(w, a);
            }
            for (long w : holders) assignedBlocks.merge(w, 1, Integer::sum);
            TaskMeans m = means.get(t.id());
            if (m == null) unrated.add(t.id());
            ts.add(new AssignmentProblem.Task(t.id(), m == null ? neutral : m.mean(Axis.DESIRABILITY).doubleValue(),
                    m == null ? neutral : m.mean(Axis.EMPOWERMENT).doubleValue(), least.contains(t.id()), blocks, ab, holders));
            roleHolders.clear();
        }
        List<AssignmentProblem.Worker> ws = new ArrayList<>();
        for (long w : workerIds) {
            BigDecimal hours = availability.get(w);
            int available = hours != null ? hours.multiply(BigDecimal.valueOf(60)).intValue() / BLOCK_MINUTES
                    : (int) Math.ceil(assignedBlocks.getOrDefault(w, 0) * 1.25);
            JobComplexes.Complex c = pastOf.get(w);
            Map<Long, Integer> wishes = new HashMap<>();
            abilities.forEach((task, rows) -> {
                var row = rows.get(w);
                if (row != null && row.wish() != 0) wishes.put(task, row.wish());
            });
            ws.add(new AssignmentProblem.Worker(w, available, c == null ? 0 : c.ratedMinutes(),
                    c == null ? 0 : c.desirability().doubleValue() * c.ratedMinutes(),
                    c == null ? 0 : c.empowerment().doubleValue() * c.ratedMinutes(), wishes));
        }
        long leastBlocks = ts.stream().filter(AssignmentProblem.Task::leastDesirable).mapToLong(AssignmentProblem.Task::blocks).sum();
        long able = ws.stream().filter(w -> w.availableBlocks() > 0 && ts.stream()
                .anyMatch(t -> t.leastDesirable() && t.ability(w.id()) == Ability.CAN)).count();
        int minLeast = able > 0 && leastBlocks >= able ? 1 : 0;
        return new Built(new AssignmentProblem(ws, ts, BLOCK_MINUTES, minLeast, AssignmentProblem.Weights.DEFAULT), unrated, least);
    }

    static List<Assignment> lines(AssignmentProblem problem, int[] assignment) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        int b = 0;
        for (AssignmentProblem.Task t : problem.tasks()) {
            for (int k = 0; k < t.blocks(); k++, b++) {
                long person = problem.workers().get(assignment[b]).id();
                sums.computeIfAbsent(t.id() + ":" + person, x -> new long[] {t.id(), person, 0})[2] += problem.blockMinutes();
            }
        }
        List<Assignment> out = new ArrayList<>();
        for (long[] s : sums.values()) out.add(new Assignment(s[0], s[1], s[2]));
        return out;
    }

    /** The committee sets the hours of one line of a ready proposal (0 removes it). */
    @Transactional
    public void edit(long id, EditProposalLine c) {
        Proposal p = store.lockProposal(id).orElseThrow(() -> new Problems.NotFound("complexes.proposal.not-found", id));
        if (!"READY".equals(p.state())) throw new Problems.Conflict("state", "complexes.proposal.not-ready", p.state());
        complexes.task(c.taskId());
        if (members.person(c.personId()).isEmpty()) throw new Problems.InvalidInput("personId", "complexes.person.unknown", c.personId());
        if (c.hours() == null || c.hours().signum() < 0 || c.hours().stripTrailingZeros().scale() > 2
                || c.hours().compareTo(new BigDecimal("100000")) >= 0) {
            throw new Problems.InvalidInput("hours", "complexes.availability.invalid");
        }
        long minutes = c.hours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        List<Assignment> lines = new ArrayList<>(store.lines(id));
        Long before = null;
        for (var it = lines.iterator(); it.hasNext(); ) {
            Assignment a = it.next();
            if (a.taskId() == c.taskId() && a.personId() == c.personId()) {
                before = a.minutes();
                it.remove();
            }
        }
        if (minutes > 0) lines.add(new Assignment(c.taskId(), c.personId(), minutes));
        store.replaceLines(id, lines);
        Map<String, Object> b = new LinkedHashMap<>(), a = new LinkedHashMap<>();
        b.put("task", c.taskId());
        b.put("person", c.personId());
        b.put("minutes", before);
        a.put("task", c.taskId());
        a.put("person", c.personId());
        a.put("minutes", minutes);
        audit.record(AUDIT_TYPE, id, "edited", b, a);
    }

    /**
     * Accepts a ready proposal: from its first day, today's assignment is its lines, and each role whose tasks it
     * covers is held by the persons with hours in them, each with their share of the role's hours. Once: a second
     * accept is refused (409).
     */
    @Transactional
    public Map<String, Integer> accept(long id) {
        Proposal p = store.lockProposal(id).orElseThrow(() -> new Problems.NotFound("complexes.proposal.not-found", id));
        if (!"READY".equals(p.state())) throw new Problems.Conflict("state", "complexes.proposal.not-ready", p.state());
        List<Assignment> lines = store.lines(id);
        Map<Long, Task> tasks = new HashMap<>();
        complexes.tasks().forEach(t -> tasks.put(t.id(), t));
        store.insertAssignments(lines, p.from(), id);
        Map<String, Map<Long, Long>> minutesByRole = new TreeMap<>();
        for (Assignment a : lines) {
            Task t = tasks.get(a.taskId());
            minutesByRole.computeIfAbsent(t.roleCode(), k -> new TreeMap<>()).merge(a.personId(), a.minutes(), Long::sum);
        }
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (var e : minutesByRole.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            Map<Long, BigDecimal> shares = new TreeMap<>();
            e.getValue().forEach((person, m) -> {
                BigDecimal share = BigDecimal.valueOf(m).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
                shares.put(person, share.signum() == 0 ? new BigDecimal("0.0001") : share);
            });
            changes.put(e.getKey(), holdings.reassign(e.getKey(), shares, p.from(), "proposal #" + id));
        }
        store.decide(id, SignedIn.current().map(SignedIn::personId).orElse(null), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("from", p.from());
        after.put("lines", lines.size());
        after.put("holdings", changes);
        audit.record(AUDIT_TYPE, id, "accepted", Map.of("state", p.state()), after);
        return changes;
    }

    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    /** The spread the coming period would leave with these lines, the past window counted: for before/after. */
    public Report predicted(LocalDate from, LocalDate to, List<Assignment> lines) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Task> tasks = complexes.tasks();
        Map<Long, TaskMeans> means = complexes.meansInForce(LocalDate.now(clock));
        List<Worked> worked = new ArrayList<>(complexes.worked(from.minusDays(days * WINDOW_PERIODS), from.minusDays(1), tasks));
        for (Assignment a : lines) worked.add(new Worked(a.personId(), a.taskId(), a.minutes()));
        return JobComplexes.report(worked, means);
    }
}
