package org.fourmiliere.governance.internal.bodies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.governance.BodyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the tables of bodies, memberships, seats and mandates. No rules here: see the services. */
@Repository
class BodyStore {

    private static final String BODY_COLUMNS =
            "id, kind, code, name_fr, name_en, permanent, mandate, created_on, dissolved_on, coordinator_person_id";

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- bodies

    List<Body> bodies() {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM body ORDER BY id").query(BodyStore::body).list();
    }

    List<Body> bodies(BodyKind kind) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM body WHERE kind = :kind ORDER BY name_fr, id")
                .param("kind", kind.name()).query(BodyStore::body).list();
    }

    Optional<Body> body(long id) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM body WHERE id = :id").param("id", id)
                .query(BodyStore::body).optional();
    }

    Optional<Body> bodyByCode(String code) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM body WHERE code = :code").param("code", code)
                .query(BodyStore::body).optional();
    }

    long insertBody(BodyKind kind, String code, String nameFr, String nameEn, boolean permanent, String mandate,
                    LocalDate createdOn, Long coordinatorId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO body (kind, code, name_fr, name_en, permanent, mandate, created_on, coordinator_person_id)
                VALUES (:kind, :code, :nameFr, :nameEn, :permanent, :mandate, :createdOn, :coordinator)""")
                .param("kind", kind.name()).param("code", code).param("nameFr", nameFr).param("nameEn", nameEn)
                .param("permanent", permanent).param("mandate", mandate).param("createdOn", Date.valueOf(createdOn))
                .param("coordinator", coordinatorId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateBody(long id, String nameFr, String nameEn, boolean permanent, String mandate, Long coordinatorId) {
        jdbc.sql("""
                UPDATE body SET name_fr = :nameFr, name_en = :nameEn, permanent = :permanent, mandate = :mandate,
                coordinator_person_id = :coordinator WHERE id = :id""")
                .param("nameFr", nameFr).param("nameEn", nameEn).param("permanent", permanent)
                .param("mandate", mandate).param("coordinator", coordinatorId).param("id", id).update();
    }

    void dissolve(long id, LocalDate on) {
        jdbc.sql("UPDATE body SET dissolved_on = :on WHERE id = :id").param("on", Date.valueOf(on)).param("id", id).update();
    }

    // --- memberships

    List<Membership> memberships(long bodyId) {
        return jdbc.sql("SELECT id, body_id, person_id, since, until, note FROM body_membership WHERE body_id = :b ORDER BY since, id")
                .param("b", bodyId).query(BodyStore::membership).list();
    }

    List<Membership> membershipsOf(long personId) {
        return jdbc.sql("SELECT id, body_id, person_id, since, until, note FROM body_membership WHERE person_id = :p ORDER BY since, id")
                .param("p", personId).query(BodyStore::membership).list();
    }

    List<Membership> membershipsOn(LocalDate day) {
        return jdbc.sql("""
                SELECT id, body_id, person_id, since, until, note FROM body_membership
                WHERE since <= :d AND (until IS NULL OR until > :d) ORDER BY body_id, id""")
                .param("d", Date.valueOf(day)).query(BodyStore::membership).list();
    }

    List<Membership> membershipsOf(long bodyId, long personId) {
        return jdbc.sql("SELECT id, body_id, person_id, since, until, note FROM body_membership WHERE body_id = :b AND person_id = :p ORDER BY since, id")
                .param("b", bodyId).param("p", personId).query(BodyStore::membership).list();
    }

    Optional<Membership> membership(long id) {
        return jdbc.sql("SELECT id, body_id, person_id, since, until, note FROM body_membership WHERE id = :id")
                .param("id", id).query(BodyStore::membership).optional();
    }

    boolean inForce(String bodyCode, long personId, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM body_membership m JOIN body b ON b.id = m.body_id
                WHERE b.code = :code AND m.person_id = :p AND m.since <= :d AND (m.until IS NULL OR m.until > :d)""")
                .param("code", bodyCode).param("p", personId).param("d", Date.valueOf(day))
                .query(Long.class).single() > 0;
    }

    long insertMembership(long bodyId, long personId, LocalDate since, String note) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO body_membership (body_id, person_id, since, note) VALUES (:b, :p, :since, :note)")
                .param("b", bodyId).param("p", personId).param("since", Date.valueOf(since)).param("note", note)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void endMembership(long id, LocalDate until) {
        jdbc.sql("UPDATE body_membership SET until = :until WHERE id = :id")
                .param("until", Date.valueOf(until)).param("id", id).update();
    }

    // --- board seats and mandates

    List<BoardSeat> seats() {
        Map<Long, List<Mandate>> mandates = new LinkedHashMap<>();
        jdbc.sql("SELECT id, seat_id, person_id, organisation_id, starts_on, ends_on, resigned_on FROM board_mandate ORDER BY starts_on, id")
                .query(BodyStore::mandate).list()
                .forEach(m -> mandates.computeIfAbsent(m.seatId(), k -> new ArrayList<>()).add(m));
        return jdbc.sql("SELECT id, kind, label, created_on, abolished_on FROM board_seat ORDER BY id")
                .query((rs, n) -> seat(rs, mandates.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<BoardSeat> seat(long id) {
        List<Mandate> mandates = jdbc.sql("SELECT id, seat_id, person_id, organisation_id, starts_on, ends_on, resigned_on FROM board_mandate WHERE seat_id = :s ORDER BY starts_on, id")
                .param("s", id).query(BodyStore::mandate).list();
        return jdbc.sql("SELECT id, kind, label, created_on, abolished_on FROM board_seat WHERE id = :id")
                .param("id", id).query((rs, n) -> seat(rs, mandates)).optional();
    }

    List<Mandate> mandatesOn(LocalDate day) {
        return jdbc.sql("""
                SELECT id, seat_id, person_id, organisation_id, starts_on, ends_on, resigned_on FROM board_mandate
                WHERE starts_on <= :d AND COALESCE(resigned_on, ends_on) > :d ORDER BY seat_id""")
                .param("d", Date.valueOf(day)).query(BodyStore::mandate).list();
    }

    boolean holdsASeat(long personId, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM board_mandate m JOIN board_seat s ON s.id = m.seat_id
                WHERE m.person_id = :p AND m.starts_on <= :d AND COALESCE(m.resigned_on, m.ends_on) > :d""")
                .param("p", personId).param("d", Date.valueOf(day)).query(Long.class).single() > 0;
    }

    long insertSeat(SeatKind kind, String label, LocalDate createdOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO board_seat (kind, label, created_on) VALUES (:kind, :label, :createdOn)")
                .param("kind", kind.name()).param("label", label).param("createdOn", Date.valueOf(createdOn))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateSeat(long id, SeatKind kind, String label) {
        jdbc.sql("UPDATE board_seat SET kind = :kind, label = :label WHERE id = :id")
                .param("kind", kind.name()).param("label", label).param("id", id).update();
    }

    long insertMandate(long seatId, long personId, Long organisationId, LocalDate startsOn, LocalDate endsOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO board_mandate (seat_id, person_id, organisation_id, starts_on, ends_on)
                VALUES (:seat, :person, :org, :start, :end)""")
                .param("seat", seatId).param("person", personId).param("org", organisationId)
                .param("start", Date.valueOf(startsOn)).param("end", Date.valueOf(endsOn))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateMandate(long id, long personId, Long organisationId, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("""
                UPDATE board_mandate SET person_id = :person, organisation_id = :org, starts_on = :start, ends_on = :end
                WHERE id = :id""")
                .param("person", personId).param("org", organisationId).param("start", Date.valueOf(startsOn))
                .param("end", Date.valueOf(endsOn)).param("id", id).update();
    }

    void resign(long mandateId, LocalDate on) {
        jdbc.sql("UPDATE board_mandate SET resigned_on = :on WHERE id = :id")
                .param("on", Date.valueOf(on)).param("id", mandateId).update();
    }

    /** Locks a row so that concurrent writers of the same body or seat take turns (no lost overlap check). */
    void lockBody(long id) {
        jdbc.sql("SELECT id FROM body WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    void lockSeat(long id) {
        jdbc.sql("SELECT id FROM board_seat WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    // --- mapping

    private static Body body(ResultSet rs, int n) throws SQLException {
        long coordinator = rs.getLong("coordinator_person_id");
        Long coordinatorId = rs.wasNull() ? null : coordinator;
        return new Body(rs.getLong("id"), BodyKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("name_fr"), rs.getString("name_en"), rs.getBoolean("permanent"), rs.getString("mandate"),
                day(rs, "created_on"), day(rs, "dissolved_on"), coordinatorId);
    }

    private static Membership membership(ResultSet rs, int n) throws SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("person_id"), day(rs, "since"),
                day(rs, "until"), rs.getString("note"));
    }

    private static Mandate mandate(ResultSet rs, int n) throws SQLException {
        long org = rs.getLong("organisation_id");
        Long orgId = rs.wasNull() ? null : org;
        return new Mandate(rs.getLong("id"), rs.getLong("seat_id"), rs.getLong("person_id"), orgId,
                day(rs, "starts_on"), day(rs, "ends_on"), day(rs, "resigned_on"));
    }

    private static BoardSeat seat(ResultSet rs, List<Mandate> mandates) throws SQLException {
        return new BoardSeat(rs.getLong("id"), SeatKind.valueOf(rs.getString("kind")), rs.getString("label"),
                day(rs, "created_on"), day(rs, "abolished_on"), mandates);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
