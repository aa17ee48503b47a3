package org.fourmiliere.governance.internal.eligibility;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.governance.internal.eligibility.EligibilityRules.Outcome;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.AdmissionView;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.ExceptionGrant;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Notice;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Result;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Trigger;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Verification;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Admission;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.GrantedException;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Standing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of eligibility: the attendance, standings, admissions and exceptions a verification reads (set-based),
 * and the verifications, results, standings, notices and acts it writes. No rules.
 */
@Repository
class EligibilityStore {

    private static final String VERIFICATION_COLUMNS = "id, as_of, run_at, run_by, trigger_kind, persons, changes, duration_ms";
    private static final String RESULT_COLUMNS = """
            r.verification_id, r.person_id, r.status, r.previous_status, r.committees, r.reflections, r.first_minutes,
            r.second_minutes, r.reasons, v.as_of""";
    private static final String ADMISSION_COLUMNS = """
            id, person_id, candidate_since, confirmed_on, confirmed_by, reversed_on, reversed_by, reversal_reason""";

    /** A meeting that counts for eligibility: a reflection, production or committee meeting. */
    record HeldMeeting(long id, String type, long bodyId, LocalDate day) {}

    /** Someone present at a meeting. */
    record Presence(long meetingId, long personId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EligibilityStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- the facts a verification reads

    List<HeldMeeting> countedMeetings(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT id, meeting_type, body_id, meeting_day FROM meeting
                WHERE meeting_day BETWEEN :from AND :to AND meeting_type IN ('REFLECTION', 'PRODUCTION', 'COMMITTEE')""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new HeldMeeting(rs.getLong("id"), rs.getString("meeting_type"), rs.getLong("body_id"),
                        rs.getObject("meeting_day", LocalDate.class)))
                .list();
    }

    /** Who was present at these meetings (by primary-key prefix). */
    List<Presence> present(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT meeting_id, person_id FROM meeting_attendance WHERE meeting_id IN (:ids) AND presence = 'PRESENT'")
                .param("ids", meetingIds)
                .query((rs, n) -> new Presence(rs.getLong("meeting_id"), rs.getLong("person_id"))).list();
    }

    Map<Long, Standing> standings() {
        Map<Long, Standing> standings = new HashMap<>();
        jdbc.sql("SELECT person_id, status, since FROM eligibility_standing").query(rs -> {
            standings.put(rs.getLong("person_id"), new Standing(EligibilityStatus.valueOf(rs.getString("status")),
                    rs.getObject("since", LocalDate.class)));
        });
        return standings;
    }

    /** Each person's latest admission. */
    Map<Long, Admission> latestAdmissions() {
        Map<Long, Admission> admissions = new HashMap<>();
        jdbc.sql("SELECT " + ADMISSION_COLUMNS + " FROM eligibility_admission ORDER BY id").query(rs -> {
            admissions.put(rs.getLong("person_id"), new Admission(rs.getLong("id"),
                    rs.getObject("candidate_since", LocalDate.class), rs.getObject("confirmed_on", LocalDate.class),
                    rs.getObject("reversed_on", LocalDate.class), rs.getString("reversal_reason")));
        });
        return admissions;
    }

    /** The exceptions that overlap the period, by person. */
    Map<Long, List<GrantedException>> exceptionsOverlapping(LocalDate from, LocalDate to) {
        Map<Long, List<GrantedException>> exceptions = new HashMap<>();
        jdbc.sql("""
                SELECT id, person_id, reason, from_day, to_day FROM eligibility_exception
                WHERE to_day >= :from AND from_day <= :to ORDER BY id""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    exceptions.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>())
                            .add(new GrantedException(rs.getLong("id"), rs.getString("reason"),
                                    rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class)));
                });
        return exceptions;
    }

    // ---- verifications

    long insertVerification(LocalDate asOf, Instant at, String by, Trigger trigger) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eligibility_verification (as_of, run_at, run_by, trigger_kind, persons, changes, duration_ms)
                VALUES (:asOf, :at, :by, :trigger, 0, 0, 0)""")
                .param("asOf", asOf).param("at", Timestamp.from(at)).param("by", by)
                .param("trigger", trigger.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void finishVerification(long id, int persons, int changes, long durationMs) {
        jdbc.sql("UPDATE eligibility_verification SET persons = :p, changes = :c, duration_ms = :ms WHERE id = :id")
                .param("p", persons).param("c", changes).param("ms", durationMs).param("id", id).update();
    }

    /** Multi-row inserts of 500 results each: one round trip per 500 people, on H2 and PostgreSQL alike. */
    void insertResults(long verificationId, List<Outcome> outcomes) {
        final int chunk = 500;
        for (int from = 0; from < outcomes.size(); from += chunk) {
            List<Outcome> part = outcomes.subList(from, Math.min(outcomes.size(), from + chunk));
            StringBuilder sql = new StringBuilder("""
                    INSERT INTO eligibility_result (verification_id, person_id, status, previous_status, committees, reflections,
                      first_minutes, second_minutes, reasons) VALUES """);
            Object[] args = new Object[part.size() * 9];
            for (int i = 0; i < part.size(); i++) {
                Outcome o = part.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Object[] row = {verificationId, o.personId(), o.status().name(), o.previous().name(), o.committees(),
                        o.reflections(), o.firstMonthMinutes(), o.secondMonthMinutes(), Reason.encodeAll(o.reasons())};
                System.arraycopy(row, 0, args, i * 9, 9);
            }
            batch.update(sql.toString(), args);
        }
    }

    /** The new standings of those whose status changed, each with a notice to send; candidates get an admission. */
    void recordChanges(long verificationId, LocalDate asOf, List<Outcome> changed) {
        if (changed.isEmpty()) return;
        List<Object[]> standingUpdates = new ArrayList<>();
        for (Outcome o : changed) {
            standingUpdates.add(new Object[]{o.status().name(), Date.valueOf(o.since()), verificationId, o.personId()});
        }
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
            notices.add(new Object[]{verificationId, o.personId()});
            if (o.status() == EligibilityStatus.CANDIDATE) candidacies.add(new Object[]{o.personId(), Date.valueOf(asOf)});
        }
        batch.batchUpdate("INSERT INTO eligibility_notice (verification_id, person_id) VALUES (?, ?)", notices);
        if (!candidacies.isEmpty()) {
            batch.batchUpdate("INSERT INTO eligibility_admission (person_id, candidate_since) VALUES (?, ?)", candidacies);
        }
    }

    Optional<Verification> verification(long id) {
        return jdbc.sql("SELECT " + VERIFICATION_COLUMNS + " FROM eligibility_verification WHERE id = :id").param("id", id)
                .query(EligibilityStore::verification).optional();
    }

    List<Verification> verifications(int limit) {
        return jdbc.sql("SELECT " + VERIFICATION_COLUMNS + " FROM eligibility_verification ORDER BY id DESC LIMIT :n")
                .param("n", limit).query(EligibilityStore::verification).list();
    }

    boolean verifiedOn(LocalDate day, Trigger trigger) {
        return jdbc.sql("SELECT COUNT(*) FROM eligibility_verification WHERE as_of = :d AND trigger_kind = :t")
                .param("d", day).param("t", trigger.name()).query(Long.class).single() > 0;
    }

    /** A verification's results, by person. */
    List<Result> results(long verificationId) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS + """
                 FROM eligibility_result r JOIN eligibility_verification v ON v.id = r.verification_id
                WHERE r.verification_id = :v ORDER BY r.person_id""")
                .param("v", verificationId).query(EligibilityStore::result).list();
    }

    List<Result> resultsOf(long personId) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS + """
                 FROM eligibility_result r JOIN eligibility_verification v ON v.id = r.verification_id
                WHERE r.person_id = :p ORDER BY r.verification_id DESC""")
                .param("p", personId).query(EligibilityStore::result).list();
    }

    /** The person's result in the latest verification that looked at them. */
    Optional<Result> latestResultOf(long personId) {
        return jdbc.sql("SELECT " + RESULT_COLUMNS + """
                 FROM eligibility_result r JOIN eligibility_verification v ON v.id = r.verification_id
                WHERE r.person_id = :p ORDER BY r.verification_id DESC LIMIT 1""")
                .param("p", personId).query(EligibilityStore::result).optional();
    }

    /** The first day from {@code from} on with a reflection meeting (the day of a scheduled verification). */
    Optional<LocalDate> reflectionDayFrom(LocalDate from) {
        return jdbc.sql("""
                SELECT meeting_day FROM meeting WHERE meeting_type = 'REFLECTION' AND meeting_day >= :from
                ORDER BY meeting_day LIMIT 1""")
                .param("from", from).query((rs, n) -> rs.getObject("meeting_day", LocalDate.class)).optional();
    }

    Optional<EligibilityStatus> standing(long personId) {
        return jdbc.sql("SELECT status FROM eligibility_standing WHERE person_id = :p").param("p", personId)
                .query(String.class).optional().map(EligibilityStatus::valueOf);
    }

    /** The person has lost the membership since {@code on}. */
    void markLost(long personId, LocalDate on) {
        int n = jdbc.sql("UPDATE eligibility_standing SET status = 'LOST', since = :d WHERE person_id = :p")
                .param("d", on).param("p", personId).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO eligibility_standing (person_id, status, since) VALUES (:p, 'LOST', :d)")
                    .param("d", on).param("p", personId).update();
        }
    }

    // ---- acts of the bodies

    long insertException(long personId, String reason, LocalDate from, LocalDate to, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eligibility_exception (person_id, reason, from_day, to_day, granted_by, granted_at)
                VALUES (:p, :r, :f, :t, :by, :at)""")
                .param("p", personId).param("r", reason).param("f", from).param("t", to)
                .param("by", by).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ExceptionGrant> exceptions(long personId) {
        return jdbc.sql("""
                SELECT id, person_id, reason, from_day, to_day, granted_by FROM eligibility_exception
                WHERE person_id = :p ORDER BY from_day DESC""").param("p", personId)
                .query((rs, n) -> new ExceptionGrant(rs.getLong("id"), rs.getLong("person_id"), rs.getString("reason"),
                        rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class), rs.getString("granted_by")))
                .list();
    }

    Optional<AdmissionView> latestAdmission(long personId) {
        return jdbc.sql("SELECT " + ADMISSION_COLUMNS + " FROM eligibility_admission WHERE person_id = :p ORDER BY id DESC LIMIT 1")
                .param("p", personId)
                .query((rs, n) -> new AdmissionView(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getObject("candidate_since", LocalDate.class), rs.getObject("confirmed_on", LocalDate.class),
                        rs.getString("confirmed_by"), rs.getObject("reversed_on", LocalDate.class),
                        rs.getString("reversed_by"), rs.getString("reversal_reason")))
                .optional();
    }

    void confirmAdmission(long admissionId, LocalDate on, String by) {
        jdbc.sql("UPDATE eligibility_admission SET confirmed_on = :d, confirmed_by = :by WHERE id = :id")
                .param("d", on).param("by", by).param("id", admissionId).update();
    }

    void reverseAdmission(long admissionId, LocalDate on, String by, String reason) {
        jdbc.sql("UPDATE eligibility_admission SET reversed_on = :d, reversed_by = :by, reversal_reason = :r WHERE id = :id")
                .param("d", on).param("by", by).param("r", reason).param("id", admissionId).update();
    }

    // ---- notices

    List<Notice> pendingNotices(int limit) {
        return jdbc.sql("""
                SELECT n.verification_id, n.person_id, r.status, r.previous_status, v.as_of FROM eligibility_notice n
                JOIN eligibility_result r ON r.verification_id = n.verification_id AND r.person_id = n.person_id
                JOIN eligibility_verification v ON v.id = n.verification_id
                WHERE n.sent_at IS NULL
                ORDER BY n.verification_id, n.person_id LIMIT :n""")
                .param("n", limit)
                .query((rs, i) -> new Notice(rs.getLong("verification_id"), rs.getLong("person_id"),
                        EligibilityStatus.valueOf(rs.getString("status")), EligibilityStatus.valueOf(rs.getString("previous_status")),
                        rs.getObject("as_of", LocalDate.class)))
                .list();
    }

    void noticeSent(long verificationId, long personId, Instant at) {
        jdbc.sql("UPDATE eligibility_notice SET sent_at = :at WHERE verification_id = :v AND person_id = :p")
                .param("at", Timestamp.from(at)).param("v", verificationId).param("p", personId).update();
    }

    // ---- mapping

    private static Verification verification(ResultSet rs, int n) throws SQLException {
        return new Verification(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), rs.getTimestamp("run_at").toInstant(),
                rs.getString("run_by"), Trigger.valueOf(rs.getString("trigger_kind")), rs.getInt("persons"),
                rs.getInt("changes"), rs.getLong("duration_ms"));
    }

    private static Result result(ResultSet rs, int n) throws SQLException {
        return new Result(rs.getLong("verification_id"), rs.getObject("as_of", LocalDate.class), rs.getLong("person_id"),
                EligibilityStatus.valueOf(rs.getString("status")), EligibilityStatus.valueOf(rs.getString("previous_status")),
                rs.getInt("committees"), rs.getInt("reflections"), rs.getLong("first_minutes"), rs.getLong("second_minutes"),
                Reason.decodeAll(rs.getString("reasons")));
    }
}
