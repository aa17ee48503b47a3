package org.fourmiliere.governance.internal.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.governance.internal.decisions.Decision.HowTaken;
import org.fourmiliere.governance.internal.decisions.Decision.Participant;
import org.fourmiliere.governance.internal.decisions.Decision.Role;
import org.fourmiliere.governance.internal.decisions.Decision.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the decision register; the search's filters are in SQL. No rules. */
@Repository
class DecisionStore {

    private static final String COLUMNS = """
            id, body_id, meeting_id, decided_on, decision_text, how_taken, votes_for, votes_against, votes_abstain,
            status, reversed_by, tags, public_record""";

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a decision with its participants; {@code tags} are already normalised (comma-separated). */
    long insert(long bodyId, Long meetingId, LocalDate day, String text, HowTaken how, Decision.Tally tally,
                Status status, String tags, boolean isPublic, String searchText, List<Participant> participants,
                Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision (body_id, meeting_id, decided_on, decision_text, how_taken, votes_for, votes_against,
                  votes_abstain, status, tags, public_record, search_text, created_at)
                VALUES (:body, :meeting, :day, :text, :how, :for, :against, :abstain, :status, :tags, :public, :search, :now)""")
                .param("body", bodyId).param("meeting", meetingId, Types.BIGINT).param("day", day)
                .param("text", text).param("how", how.name())
                .param("for", tally == null ? null : tally.votesFor(), Types.INTEGER)
                .param("against", tally == null ? null : tally.votesAgainst(), Types.INTEGER)
                .param("abstain", tally == null ? null : tally.votesAbstain(), Types.INTEGER)
                .param("status", status.name()).param("tags", tags)
                .param("public", isPublic).param("search", searchText)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Participant p : participants) {
            jdbc.sql("INSERT INTO decision_participant (decision_id, person_id, role) VALUES (:d, :p, :r)")
                    .param("d", id).param("p", p.personId()).param("r", p.role().name()).update();
        }
        return id;
    }

    void markReversed(long decisionId, long reversingId) {
        jdbc.sql("UPDATE decision SET status = 'REVERSED', reversed_by = :r WHERE id = :id")
                .param("r", reversingId).param("id", decisionId).update();
    }

    Optional<Decision> decision(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = :id").param("id", id)
                .query(DecisionStore::row).optional().map(d -> withParticipants(List.of(d)).getFirst());
    }

    List<Decision> ofMeeting(long meetingId) {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId).query(DecisionStore::row).list());
    }

    /** The {@code limit} latest decisions of the register, newest first. */
    List<Decision> latest(int limit) {
        return withParticipants(jdbc.sql("SELECT " + COLUMNS + " FROM decision ORDER BY decided_on DESC, id DESC LIMIT :n")
                .param("n", limit).query(DecisionStore::row).list());
    }

    /**
     * The decisions whose search text holds every one of {@code words} (already made searchable, at most ten),
     * then the filters; newest first, at most 1000.
     */
    List<Decision> search(List<String> words, DecisionRegister.Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM decision WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '!'");
            params.put("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (f.bodyId() != null) { sql.append(" AND body_id = :body"); params.put("body", f.bodyId()); }
        if (f.year() != null) {
            sql.append(" AND decided_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.status() != null) { sql.append(" AND status = :status"); params.put("status", f.status().name()); }
        if (f.how() != null) { sql.append(" AND how_taken = :how"); params.put("how", f.how().name()); }
        if (f.tag() != null && !f.tag().isBlank()) {
            sql.append(" AND (',' || tags || ',') LIKE :tag");
            params.put("tag", "%," + f.tag().strip().toLowerCase() + ",%");
        }
        if (f.publicOnly()) sql.append(" AND public_record = TRUE");
        sql.append(" ORDER BY decided_on DESC, id DESC LIMIT 1000");
        return withParticipants(jdbc.sql(sql.toString()).params(params).query(DecisionStore::row).list());
    }

    private List<Decision> withParticipants(List<Decision> found) {
        if (found.isEmpty()) return found;
        Map<Long, List<Participant>> by = new HashMap<>();
        jdbc.sql("SELECT decision_id, person_id, role FROM decision_participant WHERE decision_id IN (:ids) ORDER BY person_id")
                .param("ids", found.stream().map(Decision::id).toList())
                .query((rs, n) -> by.computeIfAbsent(rs.getLong("decision_id"), k -> new ArrayList<>())
                        .add(new Participant(rs.getLong("person_id"), Role.valueOf(rs.getString("role")))))
                .list();
        return found.stream().map(d -> d.withParticipants(by.getOrDefault(d.id(), List.of()))).toList();
    }

    private static Decision row(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new Decision(rs.getLong("id"), rs.getLong("body_id"), rs.getObject("meeting_id", Long.class),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_text"),
                HowTaken.valueOf(rs.getString("how_taken")), rs.getObject("votes_for", Integer.class),
                rs.getObject("votes_against", Integer.class), rs.getObject("votes_abstain", Integer.class),
                Status.valueOf(rs.getString("status")), rs.getObject("reversed_by", Long.class),
                tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")),
                rs.getBoolean("public_record"), List.of());
    }
}
