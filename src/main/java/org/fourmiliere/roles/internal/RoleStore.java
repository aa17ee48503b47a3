package org.fourmiliere.roles.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.shared.MoneySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the tables {@code role} and {@code role_holder}: SQL only, no rules (see {@link RoleHolder}). */
@Repository
class RoleStore {

    private static final String ROLE_COLUMNS =
            "id, code, name_fr, name_en, description_fr, description_en, budget_hours, budget_amount, budget_currency";
    private static final String HOLDER_COLUMNS = "id, role_id, person_id, since, until, note, share";

    private final JdbcClient jdbc;

    RoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> roles() {
        return jdbc.sql("SELECT " + ROLE_COLUMNS + " FROM role ORDER BY position, code").query(RoleStore::role).list();
    }

    Optional<Role> role(String code) {
        return jdbc.sql("SELECT " + ROLE_COLUMNS + " FROM role WHERE code = :code").param("code", code)
                .query(RoleStore::role).optional();
    }

    /** Locks the role's row until the transaction ends, so that two changes of its holders do not cross. */
    void lock(long roleId) {
        jdbc.sql("SELECT id FROM role WHERE id = :id FOR UPDATE").param("id", roleId).query(Long.class).optional();
    }

    List<RoleHolder> holders() {
        return jdbc.sql("SELECT " + HOLDER_COLUMNS + " FROM role_holder ORDER BY since, id").query(RoleStore::holder).list();
    }

    List<RoleHolder> holders(long roleId) {
        return jdbc.sql("SELECT " + HOLDER_COLUMNS + " FROM role_holder WHERE role_id = :role ORDER BY since, id")
                .param("role", roleId).query(RoleStore::holder).list();
    }

    Optional<RoleHolder> holder(long roleId, long holderId) {
        return jdbc.sql("SELECT " + HOLDER_COLUMNS + " FROM role_holder WHERE id = :id AND role_id = :role")
                .param("id", holderId).param("role", roleId).query(RoleStore::holder).optional();
    }

    /** The persons who hold the role with that code on that day. */
    List<Long> holderIds(String code, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT h.person_id FROM role_holder h JOIN role r ON r.id = h.role_id
                WHERE r.code = :code AND h.since <= :day AND (h.until IS NULL OR h.until > :day)
                ORDER BY h.person_id""")
                .param("code", code).param("day", Date.valueOf(day)).query(Long.class).list();
    }

    /** The codes of the roles the person holds on that day. */
    Set<String> rolesOf(long personId, LocalDate day) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT DISTINCT r.code FROM role_holder h JOIN role r ON r.id = h.role_id
                WHERE h.person_id = :person AND h.since <= :day AND (h.until IS NULL OR h.until > :day)
                ORDER BY r.code""")
                .param("person", personId).param("day", Date.valueOf(day)).query(String.class).list());
    }

    /** Stores a new open holding; returns its id. */
    long insert(RoleHolder h) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO role_holder (role_id, person_id, since, note, share) VALUES (:role, :person, :since, :note, :share)")
                .param("role", h.roleId()).param("person", h.personId()).param("since", Date.valueOf(h.since()))
                .param("note", h.note()).param("share", h.share())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the end of an ended holding. */
    void end(RoleHolder h) {
        jdbc.sql("UPDATE role_holder SET until = :until WHERE id = :id")
                .param("until", Date.valueOf(h.until())).param("id", h.id()).update();
    }

    private static Role role(ResultSet rs, int n) throws SQLException {
        return new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getString("description_fr"), rs.getString("description_en"), rs.getBigDecimal("budget_hours"),
                MoneySql.read(rs, "budget_amount", "budget_currency"));
    }

    private static RoleHolder holder(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("until");
        return new RoleHolder(rs.getLong("id"), rs.getLong("role_id"), rs.getLong("person_id"),
                rs.getDate("since").toLocalDate(), until == null ? null : until.toLocalDate(), rs.getString("note"),
                rs.getBigDecimal("share"));
    }
}
