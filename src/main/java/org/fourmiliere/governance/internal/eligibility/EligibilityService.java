package org.fourmiliere.governance.internal.eligibility;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.eligibility.EligibilityRules.Outcome;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-committee eligibility (§4): computes every person's status from the facts, records verifications with
 * their reasons forever, keeps the work committee's membership in step, and holds the acts of the bodies around
 * it: hiring-committee confirmation, board reversal, work-committee exceptions.
 */
@Service
public class EligibilityService {

    /** The entity types of a person's eligibility and of each verification run in the audit trail. */
    public static final String PERSON_AUDIT_TYPE = "eligibility_person", VERIFICATION_AUDIT_TYPE = "eligibility_verification";

    public enum Trigger { SCHEDULED, ON_DEMAND }

    public record Verification(long id, LocalDate asOf, java.time.Instant runAt, String runBy, Trigger trigger,
                               int persons, int changes, long durationMs) {}

    /** One person's result in a verification (recorded) or a computation (not recorded: verificationId null). */
    public record Result(Long verificationId, LocalDate asOf, long personId, EligibilityStatus status,
                         EligibilityStatus previous, int committees, int reflections, long firstMonthMinutes,
                         long secondMonthMinutes, List<Reason> reasons) {
        static Result of(Long vid, LocalDate asOf, Outcome o) {
            return new Result(vid, asOf, o.personId(), o.status(), o.previous(), o.committees(), o.reflections(),
                    o.firstMonthMinutes(), o.secondMonthMinutes(), o.reasons());
        }

        public boolean changed() {
            return status != previous;
        }
    }

    public record Computation(LocalDate asOf, EligibilityWindow window, EligibilitySettings settings, List<Result> results) {}

    public record ExceptionGrant(long id, long personId, String reason, LocalDate from, LocalDate to, String grantedBy) {}

    public record AdmissionView(long id, long personId, LocalDate candidateSince, LocalDate confirmedOn, String confirmedBy,
                                LocalDate reversedOn, String reversedBy, String reversalReason) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final AuditTrail audit;
    private final EligibilityFacts facts;
    private final EligibilitySettingsStore settings;
    private final WorkCommitteeRoster roster;
    private final BodyDirectory bodies;
    private final String hiringCommitteeCode;

    EligibilityService(JdbcClient jdbc, JdbcTemplate batch, Clock clock, AuditTrail audit, EligibilityFacts facts,
                       EligibilitySettingsStore settings, WorkCommitteeRoster roster, BodyDirectory bodies,
                       @Value("${fourmiliere.governance.hiring-committee-code:hiring}") String hiringCommitteeCode) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.audit = audit;
        this.facts = facts;
        this.settings = settings;
        this.roster = roster;
        this.bodies = bodies;
        this.hiringCommitteeCode = hiringCommitteeCode;
    }

    /** Every person's status as of a day, from the facts; nothing is saved. */
    @Transactional(readOnly = true)
    public Computation compute(LocalDate asOf) {
        EligibilityWindow w = EligibilityWindow.of(asOf);
        EligibilitySettings s = settings.get();
        List<Result> results = new ArrayList<>();
        for (PersonFacts f : facts.gather(w)) {
            results.add(Result.of(null, asOf, EligibilityRules.evaluate(f, s, w)));
        }
        return new Computation(asOf, w, s, results);
    }

    /** Runs one verification and records it: every result with its reasons, the new standings, the roster. */
    @Transactional
    public Verification verify(LocalDate asOf, Trigger trigger) {
        long started = System.nanoTime();
        EligibilityWindow w = EligibilityWindow.of(asOf);
        EligibilitySettings s = settings.get();
        List<Outcome> outcomes = new ArrayList<>();
        for (PersonFacts f : facts.gather(w)) outcomes.add(EligibilityRules.evaluate(f, s, w));

        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eligibility_verification (as_of, run_at, run_by, trigger_kind, persons, changes, duration_ms)
                VALUES (:asOf, :at, :by, :trigger, 0, 0, 0)""")
                .param("asOf", asOf).param("at", Timestamp.from(clock.instant())).param("by", AuditTrail.currentActor())
                .param("trigger", trigger.name()).update(keys, "id");
        long vid = keys.getKey().longValue();

        List<Object[]> rows = new ArrayList<>(outcomes.size());
        List<Object[]> standingUpdates = new ArrayList<>();
        List<Outcome> changed = new ArrayList<>();
        for (Outcome o : outcomes) {
            rows.add(new Object[]{vid, o.personId(), o.status().name(), o.previous().name(), o.committees(), o.reflections(),
                    o.firstMonthMinutes(), o.secondMonthMinutes(), Reason.encodeAll(o.reasons())});
            if (o.changed()) {
                changed.add(o);
                standingUpdates.add(new Object[]{o.status().name(), Date.valueOf(o.since()), vid, o.personId()});
            }
        }
        insertResults(rows);
        if (!changed.isEmpty()) {
            int[] counts = batch.batchUpdate("UPDATE eligibility_standing SET status = ?, since = ?, verification_id = ? WHERE person_id = ?",
                    standingUpdates);
            List<Object[]> inserts = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    Object[] u = standingUpdates.get(i);
                    inserts.add(new Object[]{u[3], u[0], u[1], u[2]});
                }
            }
            if (!inserts.isEmpty()) {
                batch.batchUpdate("INSERT INTO eligibility_standing (person_id, status, since, verification_id) VALUES (?, ?, ?, ?)", inserts);
            }
            List<Object[]> notices = new ArrayList<>();
            List<Object[]> candidacies = new ArrayList<>();
            for (Outcome o : changed) {
                notices.add(new Object[]{vid, o.personId()});
                if (o.status() == EligibilityStatus.CANDIDATE) candidacies.add(new Object[]{o.personId(), Date.valueOf(asOf)});
            }
            batch.batchUpdate("INSERT INTO eligibility_notice (verification_id, person_id) VALUES (?, ?)", notices);
            if (!candidacies.isEmpty()) {
                batch.batchUpdate("INSERT INTO eligibility_admission (person_id, candidate_since) VALUES (?, ?)", candidacies);
            }
            for (Outcome o : changed) {
                boolean held = o.previous().holdsMembership();
                boolean holds = o.status().holdsMembership();
                if (holds && !held) roster.join(o.personId(), asOf);
                else if (!holds && held) roster.leave(o.personId(), asOf);
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("UPDATE eligibility_verification SET persons = :p, changes = :c, duration_ms = :ms WHERE id = :id")
                .param("p", outcomes.size()).param("c", changed.size()).param("ms", ms).param("id", vid).update();
        audit.record(VERIFICATION_AUDIT_TYPE, vid, "run", null,
                Map.of("asOf", asOf, "trigger", trigger, "persons", outcomes.size(), "changes", changed.size()));
        return verification(vid).orElseThrow();
    }

    /** Multi-row inserts of 500 results each: one round trip per 500 people, on H2 and PostgreSQL alike. */
    private void insertResults(List<Object[]> rows) {
        final int chunk = 500;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            StringBuilder sql = new StringBuilder("""
                    INSERT INTO eligibility_result (verification_id, person_id, status, previous_status, committees, reflections,
                      first_minutes, second_minutes, reasons) VALUES """);
            Object[] args = new Object[part.size() * 9];
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                System.arraycopy(part.get(i), 0, args, i * 9, 9);
            }
            batch.update(sql.toString(), args);
        }
    }

    public Optional<Verification> verification(long id) {
        return jdbc.sql("SELECT * FROM eligibility_verification WHERE id = :id").param("id", id).query(this::verificationRow).optional();
    }

    public List<Verification> verifications(int limit) {
        return jdbc.sql("SELECT * FROM eligibility_verification ORDER BY id DESC LIMIT :n").param("n", limit)
                .query(this::verificationRow).list();
    }

    public boolean verifiedOn(LocalDate day, Trigger trigger) {
        return jdbc.sql("SELECT COUNT(*) FROM eligibility_verification WHERE as_of = :d AND trigger_kind = :t")
                .param("d", day).param("t", trigger.name()).query(Long.class).single() > 0;
    }

    public List<Result> results(long verificationId) {
        return jdbc.sql("""
                SELECT r.*, v.as_of FROM eligibility_result r JOIN eligibility_verification v ON v.id = r.verification_id
                WHERE r.verification_id = :v ORDER BY r.person_id""")
                .param("v", verificationId).query(this::resultRow).list();
    }

    /** A person's results, newest first: every verification that looked at them. */
    public List<Result> history(long personId) {
        return jdbc.sql("""
                SELECT r.*, v.as_of FROM eligibility_result r JOIN eligibility_verification v ON v.id = r.verification_id
                WHERE r.person_id = :p ORDER BY r.verification_id DESC""")
                .param("p", personId).query(this::resultRow).list();
    }

    public EligibilityStatus standing(long personId) {
        return jdbc.sql("SELECT status FROM eligibility_standing WHERE person_id = :p").param("p", personId)
                .query(String.class).optional().map(EligibilityStatus::valueOf).orElse(EligibilityStatus.NOT_ELIGIBLE);
    }

    // ---- acts of the bodies

    /** The work committee grants an exception (a justified absence) over a period; verifications honour it. */
    @Transactional
    public ExceptionGrant grantException(long personId, String reason, LocalDate from, LocalDate to) {
        SignedIn who = SignedIn.require();
        if (!who.has(Permission.VOTE_WORK_COMMITTEE) && !who.has(Permission.ADMINISTER)) {
            throw new Problems.Conflict("personId", "eligibility.exception.not-work-committee");
        }
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "eligibility.exception.period");
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eligibility_exception (person_id, reason, from_day, to_day, granted_by, granted_at)
                VALUES (:p, :r, :f, :t, :by, :at)""")
                .param("p", personId).param("r", reason.strip()).param("f", from).param("t", to)
                .param("by", who.email()).param("at", Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(PERSON_AUDIT_TYPE, personId, "exception", null, Map.of("reason", reason.strip(), "from", from, "to", to));
        return new ExceptionGrant(id, personId, reason.strip(), from, to, who.email());
    }

    public List<ExceptionGrant> exceptions(long personId) {
        return jdbc.sql("SELECT * FROM eligibility_exception WHERE person_id = :p ORDER BY from_day DESC").param("p", personId)
                .query((rs, n) -> new ExceptionGrant(rs.getLong("id"), rs.getLong("person_id"), rs.getString("reason"),
                        rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class), rs.getString("granted_by")))
                .list();
    }

    public Optional<AdmissionView> admission(long personId) {
        return jdbc.sql("SELECT * FROM eligibility_admission WHERE person_id = :p ORDER BY id DESC LIMIT 1").param("p", personId)
                .query((rs, n) -> new AdmissionView(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getObject("candidate_since", LocalDate.class), rs.getObject("confirmed_on", LocalDate.class),
                        rs.getString("confirmed_by"), rs.getObject("reversed_on", LocalDate.class),
                        rs.getString("reversed_by"), rs.getString("reversal_reason")))
                .optional();
    }

    /** A member of the hiring committee confirms a candidate's acceptance (§4.2). */
    @Transactional
    public AdmissionView confirm(long personId) {
        SignedIn who = SignedIn.require();
        BodyRef hiring = bodies.bodies().stream().filter(b -> b.kind() == BodyKind.COMMITTEE && hiringCommitteeCode.equals(b.code()))
                .findFirst().orElseThrow(() -> new Problems.Conflict("personId", "eligibility.hiring.missing", hiringCommitteeCode));
        LocalDate today = LocalDate.now(clock);
        if (who.personId() == null || !bodies.memberIds(hiring.id(), today).contains(who.personId())) {
            throw new Problems.Conflict("personId", "eligibility.hiring.not-member");
        }
        AdmissionView a = admission(personId).filter(x -> x.reversedOn() == null && x.confirmedOn() == null)
                .orElseThrow(() -> new Problems.Conflict("personId", "eligibility.admission.none"));
        if (!standing(personId).holdsMembership()) throw new Problems.Conflict("personId", "eligibility.admission.none");
        jdbc.sql("UPDATE eligibility_admission SET confirmed_on = :d, confirmed_by = :by WHERE id = :id")
                .param("d", today).param("by", who.email()).param("id", a.id()).update();
        audit.record(PERSON_AUDIT_TYPE, personId, "confirm", null, Map.of("confirmedOn", today));
        return admission(personId).orElseThrow();
    }

    /** The board reverses an admission (§4.7): the person leaves the work committee at once. */
    @Transactional
    public AdmissionView reverse(long personId, String reason) {
        SignedIn who = SignedIn.require();
        LocalDate today = LocalDate.now(clock);
        BodyRef board = bodies.the(BodyKind.BOARD);
        if (who.personId() == null || !bodies.memberIds(board.id(), today).contains(who.personId())) {
            throw new Problems.Conflict("personId", "eligibility.board.not-member");
        }
        AdmissionView a = admission(personId).filter(x -> x.reversedOn() == null)
                .orElseThrow(() -> new Problems.Conflict("personId", "eligibility.admission.none"));
        EligibilityStatus before = standing(personId);
        jdbc.sql("UPDATE eligibility_admission SET reversed_on = :d, reversed_by = :by, reversal_reason = :r WHERE id = :id")
                .param("d", today).param("by", who.email()).param("r", reason == null ? null : reason.strip())
                .param("id", a.id()).update();
        int n = jdbc.sql("UPDATE eligibility_standing SET status = 'LOST', since = :d WHERE person_id = :p")
                .param("d", today).param("p", personId).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO eligibility_standing (person_id, status, since) VALUES (:p, 'LOST', :d)")
                    .param("d", today).param("p", personId).update();
        }
        if (before.holdsMembership()) roster.leave(personId, today);
        audit.record(PERSON_AUDIT_TYPE, personId, "reverse", Map.of("status", before),
                Map.of("status", EligibilityStatus.LOST, "reason", reason == null ? "" : reason.strip()));
        return admission(personId).orElseThrow();
    }

    // ---- notices

    public record Notice(long verificationId, long personId, EligibilityStatus status, EligibilityStatus previous,
                         LocalDate asOf) {}

    public List<Notice> pendingNotices(int limit) {
        return jdbc.sql("""
                SELECT n.verification_id, n.person_id, r.status, r.previous_status, v.as_of FROM eligibility_notice n
                JOIN eligibility_result r ON r.verification_id = n.verification_id AND r.person_id = n.person_id
                JOIN eligibility_verification v ON v.id = n.verification_id
                WHERE n.sent_at IS NULL
                ORDER BY n.verification_id, n.person_id LIMIT :n""")
                .param("n", limit)
                .query((rs, i) -> new Notice(rs.getLong(1), rs.getLong(2), EligibilityStatus.valueOf(rs.getString(3)),
                        EligibilityStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Marks a notice sent; it is kept, with the moment it was sent. */
    public void noticeSent(Notice n) {
        jdbc.sql("UPDATE eligibility_notice SET sent_at = :at WHERE verification_id = :v AND person_id = :p")
                .param("at", java.sql.Timestamp.from(java.time.Instant.now(clock)))
                .param("v", n.verificationId()).param("p", n.personId()).update();
    }

    private Verification verificationRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Verification(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), rs.getTimestamp("run_at").toInstant(),
                rs.getString("run_by"), Trigger.valueOf(rs.getString("trigger_kind")), rs.getInt("persons"),
                rs.getInt("changes"), rs.getLong("duration_ms"));
    }

    private Result resultRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Result(rs.getLong("verification_id"), rs.getObject("as_of", LocalDate.class), rs.getLong("person_id"),
                EligibilityStatus.valueOf(rs.getString("status")), EligibilityStatus.valueOf(rs.getString("previous_status")),
                rs.getInt("committees"), rs.getInt("reflections"), rs.getLong("first_minutes"), rs.getLong("second_minutes"),
                Reason.decodeAll(rs.getString("reasons")));
    }

    public Clock clock() {
        return clock;
    }
}
