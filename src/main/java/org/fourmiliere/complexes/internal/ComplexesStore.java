package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.shared.MoneySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement of the job complexes. Individual ratings are read in one place only,
 * {@link #ratingsOf(long, long)}, filtered on the rater in SQL; every other reading of {@code task_rating} adds up.
 */
@Repository
class ComplexesStore {

    private static final String TASK_COLUMNS =
            "id, role_code, code, name_fr, name_en, activity_id, budget_hours, budget_amount, budget_currency, position, client_service";
    private static final String ROUND_COLUMNS = "id, opened_on, closes_on, opened_by, note";
    private static final String PROPOSAL_COLUMNS =
            "id, period_from, period_to, state, progress, score, requested_by, requested_at, decided_by, decided_at, failure";

    private final JdbcClient jdbc;

    ComplexesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- tasks

    List<Task> tasks() {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM role_task ORDER BY role_code, position, code").query(ComplexesStore::task).list();
    }

    Optional<Task> task(long id) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM role_task WHERE id = :id").param("id", id).query(ComplexesStore::task).optional();
    }

    Optional<Task> taskByCode(String code) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM role_task WHERE code = :code").param("code", code)
                .query(ComplexesStore::task).optional();
    }

    long insertTask(Task t) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                INSERT INTO role_task (role_code, code, name_fr, name_en, activity_id, budget_hours, budget_amount, budget_currency, position, client_service)
                VALUES (:role, :code, :fr, :en, :activity, :hours, :amount, :currency, :position, :service)""")
                .param("role", t.roleCode()).param("code", t.code()).param("fr", t.nameFr()).param("en", t.nameEn())
                .param("activity", t.activityId()).param("hours", t.budgetHours())
                .param("position", t.position())
                .param("service", t.clientService() == null ? null : t.clientService().name()), "amount", "currency", t.budget())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The task that takes the client work of a service kind, if any. */
    Optional<Task> taskOfClientService(ServiceKind kind) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM role_task WHERE client_service = :s").param("s", kind.name())
                .query(ComplexesStore::task).optional();
    }

    void setClientService(long taskId, ServiceKind kind) {
        jdbc.sql("UPDATE role_task SET client_service = :s WHERE id = :id").param("s", kind == null ? null : kind.name())
                .param("id", taskId).update();
    }

    int lastHowtoVersion(long taskId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM role_task_howto WHERE task_id = :t").param("t", taskId)
                .query(Integer.class).single();
    }

    void insertHowto(long taskId, int version, String body, Long by, Instant at) {
        jdbc.sql("INSERT INTO role_task_howto (task_id, version, body, written_by, written_at) VALUES (:t, :v, :b, :by, :at)")
                .param("t", taskId).param("v", version).param("b", body).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** The latest how-to of the task and its version, if any. */
    Optional<Map.Entry<Integer, String>> howto(long taskId) {
        return jdbc.sql("""
                SELECT version, body FROM role_task_howto WHERE task_id = :t
                AND version = (SELECT MAX(version) FROM role_task_howto WHERE task_id = :t)""")
                .param("t", taskId).query((rs, n) -> Map.entry(rs.getInt("version"), rs.getString("body"))).optional();
    }

    /** Every version of the task's how-to, the latest first, with its body. */
    List<HowtoVersion> howtoVersions(long taskId) {
        return jdbc.sql("SELECT version, body, written_by, written_at FROM role_task_howto WHERE task_id = :t ORDER BY version DESC")
                .param("t", taskId)
                .query((rs, n) -> new HowtoVersion(rs.getInt("version"), rs.getString("body"),
                        (Long) rs.getObject("written_by", Long.class), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    // --- rounds and ratings

    List<RatingRound> rounds() {
        return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM rating_round ORDER BY opened_on, id").query(ComplexesStore::round).list();
    }

    Optional<RatingRound> round(long id) {
        return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM rating_round WHERE id = :id").param("id", id).query(ComplexesStore::round).optional();
    }

    /** Locks the round's row, so that opening and rating do not cross. */
    void lockRounds() {
        jdbc.sql("SELECT id FROM rating_round FOR UPDATE").query(Long.class).list();
    }

    long insertRound(RatingRound r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rating_round (opened_on, closes_on, opened_by, note) VALUES (:o, :c, :by, :note)")
                .param("o", Date.valueOf(r.openedOn())).param("c", Date.valueOf(r.closesOn())).param("by", r.openedBy())
                .param("note", r.note()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces one's rating of a task in a round. */
    void rate(long roundId, long taskId, long raterId, int desirability, int empowerment, String comment, Instant at) {
        jdbc.sql("DELETE FROM task_rating WHERE round_id = :r AND task_id = :t AND rater_id = :p")
                .param("r", roundId).param("t", taskId).param("p", raterId).update();
        jdbc.sql("""
                INSERT INTO task_rating (round_id, task_id, rater_id, desirability, empowerment, comment, rated_at)
                VALUES (:r, :t, :p, :d, :e, :c, :at)""")
                .param("r", roundId).param("t", taskId).param("p", raterId).param("d", desirability).param("e", empowerment)
                .param("c", comment).param("at", Timestamp.from(at)).update();
    }

    /** The rater's own ratings in a round: the only query that returns individual ratings, and only the rater's. */
    List<OwnRating> ratingsOf(long roundId, long raterId) {
        return jdbc.sql("""
                SELECT task_id, desirability, empowerment, comment FROM task_rating
                WHERE round_id = :r AND rater_id = :p ORDER BY task_id""")
                .param("r", roundId).param("p", raterId)
                .query((rs, n) -> new OwnRating(rs.getLong("task_id"), rs.getInt("desirability"), rs.getInt("empowerment"),
                        rs.getString("comment"))).list();
    }

    /** Per task of the round: the count of raters, sums and sums of squares on each axis. */
    Map<Long, TaskMeans> sums(long roundId) {
        Map<Long, TaskMeans> out = new HashMap<>();
        jdbc.sql("""
                SELECT task_id, COUNT(*) AS raters, SUM(desirability) AS ds, SUM(desirability * desirability) AS dq,
                       SUM(empowerment) AS es, SUM(empowerment * empowerment) AS eq
                FROM task_rating WHERE round_id = :r GROUP BY task_id""")
                .param("r", roundId)
                .query((rs, n) -> new TaskMeans(rs.getLong("task_id"), rs.getInt("raters"), rs.getLong("ds"), rs.getLong("dq"),
                        rs.getLong("es"), rs.getLong("eq")))
                .list().forEach(m -> out.put(m.taskId(), m));
        return out;
    }

    /** How many persons rated at least one task of the round. */
    int raters(long roundId) {
        return jdbc.sql("SELECT COUNT(DISTINCT rater_id) FROM task_rating WHERE round_id = :r").param("r", roundId)
                .query(Integer.class).single();
    }

    // --- abilities, availability, assignment

    List<AbilityRow> abilities() {
        return jdbc.sql("SELECT task_id, person_id, ability, wish FROM task_ability ORDER BY task_id, person_id")
                .query((rs, n) -> new AbilityRow(rs.getLong("task_id"), rs.getLong("person_id"), Ability.valueOf(rs.getString("ability")),
                        rs.getInt("wish"))).list();
    }

    void setAbility(long taskId, long personId, Ability ability, int wish) {
        jdbc.sql("DELETE FROM task_ability WHERE task_id = :t AND person_id = :p").param("t", taskId).param("p", personId).update();
        jdbc.sql("INSERT INTO task_ability (task_id, person_id, ability, wish) VALUES (:t, :p, :a, :w)")
                .param("t", taskId).param("p", personId).param("a", ability.name()).param("w", wish).update();
    }

    Map<Long, BigDecimal> availability() {
        Map<Long, BigDecimal> out = new HashMap<>();
        jdbc.sql("SELECT person_id, hours FROM worker_availability")
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getBigDecimal("hours"))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    void setAvailability(long personId, BigDecimal hours) {
        jdbc.sql("DELETE FROM worker_availability WHERE person_id = :p").param("p", personId).update();
        jdbc.sql("INSERT INTO worker_availability (person_id, hours) VALUES (:p, :h)").param("p", personId).param("h", hours).update();
    }

    /** The assignment in force on a day: for each task, the rows of its latest {@code since} on or before it. */
    List<Assignment> assignment(LocalDate day) {
        return jdbc.sql("""
                SELECT a.task_id, a.person_id, a.minutes FROM task_assignment a
                WHERE a.since = (SELECT MAX(b.since) FROM task_assignment b WHERE b.task_id = a.task_id AND b.since <= :day)
                ORDER BY a.task_id, a.person_id""")
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new Assignment(rs.getLong("task_id"), rs.getLong("person_id"), rs.getLong("minutes"))).list();
    }

    void insertAssignments(Collection<Assignment> rows, LocalDate since, Long proposalId) {
        for (Assignment a : rows) {
            jdbc.sql("DELETE FROM task_assignment WHERE task_id = :t AND person_id = :p AND since = :s")
                    .param("t", a.taskId()).param("p", a.personId()).param("s", Date.valueOf(since)).update();
            jdbc.sql("INSERT INTO task_assignment (task_id, person_id, minutes, since, proposal_id) VALUES (:t, :p, :m, :s, :pr)")
                    .param("t", a.taskId()).param("p", a.personId()).param("m", a.minutes()).param("s", Date.valueOf(since))
                    .param("pr", proposalId).update();
        }
    }

    // --- proposals

    long insertProposal(LocalDate from, LocalDate to, Long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assignment_proposal (period_from, period_to, state, progress, requested_by, requested_at)
                VALUES (:f, :t, 'RUNNING', 0, :by, :at)""")
                .param("f", Date.valueOf(from)).param("t", Date.valueOf(to)).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Proposal> proposal(long id) {
        return jdbc.sql("SELECT " + PROPOSAL_COLUMNS + " FROM assignment_proposal WHERE id = :id").param("id", id)
                .query(ComplexesStore::proposal).optional();
    }

    Optional<Proposal> lockProposal(long id) {
        return jdbc.sql("SELECT " + PROPOSAL_COLUMNS + " FROM assignment_proposal WHERE id = :id FOR UPDATE").param("id", id)
                .query(ComplexesStore::proposal).optional();
    }

    List<Proposal> proposals() {
        return jdbc.sql("SELECT " + PROPOSAL_COLUMNS + " FROM assignment_proposal ORDER BY id DESC").query(ComplexesStore::proposal).list();
    }

    void progress(long id, int progress, String score) {
        jdbc.sql("UPDATE assignment_proposal SET progress = :p, score = :s WHERE id = :id AND state = 'RUNNING'")
                .param("p", progress).param("s", score).param("id", id).update();
    }

    void finish(long id, String state, String score, String failure) {
        jdbc.sql("UPDATE assignment_proposal SET state = :st, progress = 100, score = :s, failure = :f WHERE id = :id")
                .param("st", state).param("s", score).param("f", failure).param("id", id).update();
    }

    void decide(long id, Long by, Instant at) {
        jdbc.sql("UPDATE assignment_proposal SET state = 'ACCEPTED', decided_by = :by, decided_at = :at WHERE id = :id")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void replaceLines(long proposalId, Collection<Assignment> lines) {
        jdbc.sql("DELETE FROM assignment_proposal_line WHERE proposal_id = :p").param("p", proposalId).update();
        for (Assignment a : lines) {
            jdbc.sql("INSERT INTO assignment_proposal_line (proposal_id, task_id, person_id, minutes) VALUES (:p, :t, :w, :m)")
                    .param("p", proposalId).param("t", a.taskId()).param("w", a.personId()).param("m", a.minutes()).update();
        }
    }

    List<Assignment> lines(long proposalId) {
        return jdbc.sql("SELECT task_id, person_id, minutes FROM assignment_proposal_line WHERE proposal_id = :p ORDER BY task_id, person_id")
                .param("p", proposalId)
                .query((rs, n) -> new Assignment(rs.getLong("task_id"), rs.getLong("person_id"), rs.getLong("minutes"))).list();
    }

    // --- rows

    private static Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getString("role_code"), rs.getString("code"), rs.getString("name_fr"),
                rs.getString("name_en"), rs.getLong("activity_id"), rs.getBigDecimal("budget_hours"),
                MoneySql.read(rs, "budget_amount", "budget_currency"), rs.getInt("position"),
                rs.getString("client_service") == null ? null : ServiceKind.valueOf(rs.getString("client_service")));
    }

    private static RatingRound round(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("opened_by");
        return new RatingRound(rs.getLong("id"), rs.getDate("opened_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(),
                rs.wasNull() ? null : by, rs.getString("note"));
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("requested_by");
        Long requestedBy = rs.wasNull() ? null : by;
        long dec = rs.getLong("decided_by");
        Long decidedBy = rs.wasNull() ? null : dec;
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Proposal(rs.getLong("id"), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                rs.getString("state"), rs.getInt("progress"), rs.getString("score"), requestedBy,
                rs.getTimestamp("requested_at").toInstant(), decidedBy, decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("failure"));
    }

    static List<Long> ids(Collection<Task> tasks) {
        List<Long> out = new ArrayList<>();
        for (Task t : tasks) out.add(t.activityId());
        return out;
    }
}
