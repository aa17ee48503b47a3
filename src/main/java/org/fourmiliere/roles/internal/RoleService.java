package org.fourmiliere.roles.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.MoneySql;
import org.fourmiliere.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.fourmiliere.roles.RoleHolderAdded;
import org.fourmiliere.roles.RoleHolderEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their holders: who holds which role, since when and until when. Every change is audited on the role. */
@Service
public class RoleService {

    /** The entity type of roles in the audit trail. */
    public static final String AUDIT_TYPE = "role";

    /** A person starts holding a role on {@code since} (today when null). */
    public record AddHolder(@NotNull @Positive Long personId, LocalDate since, @Size(max = 500) String note) {}

    /** The holder stops on {@code on} (today when null): from that day on, they no longer hold the role. */
    public record EndHolder(LocalDate on) {}

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    RoleService(JdbcClient jdbc, MemberDirectory members, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Role> roles() {
        return jdbc.sql("SELECT * FROM role ORDER BY position, code").query(RoleService::role).list();
    }

    public Role role(String code) {
        return jdbc.sql("SELECT * FROM role WHERE code = :code").param("code", code).query(RoleService::role).optional()
                .orElseThrow(() -> new Problems.NotFound("role.not-found", code));
    }

    public List<RoleHolder> holders(long roleId) {
        return jdbc.sql("SELECT * FROM role_holder WHERE role_id = :r ORDER BY since, id").param("r", roleId)
                .query(RoleService::holder).list();
    }

    public List<RoleHolder> holders() {
        return jdbc.sql("SELECT * FROM role_holder ORDER BY since, id").query(RoleService::holder).list();
    }

    /** Whether the person holds the role with that code on that day. */
    public boolean holds(String code, long personId, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM role_holder h JOIN role r ON r.id = h.role_id
                WHERE r.code = :code AND h.person_id = :p AND h.since <= :d AND (h.until IS NULL OR h.until > :d)""")
                .param("code", code).param("p", personId).param("d", Date.valueOf(day)).query(Long.class).single() > 0;
    }

    public List<AuditTrail.Event> history(String code) {
        return audit.history(AUDIT_TYPE, role(code).id());
    }

    @Transactional
    public long addHolder(String code, AddHolder c) {
        Role role = lock(code);
        if (c.personId() == null) throw new Problems.InvalidInput("personId", "role.person.required");
        if (members.person(c.personId()).isEmpty()) throw new Problems.InvalidInput("personId", "role.person.unknown", c.personId());
        LocalDate since = c.since() == null ? today() : c.since();
        for (RoleHolder h : holders(role.id())) {
            if (h.personId() == c.personId() && (h.until() == null || h.until().isAfter(since))) {
                throw new Problems.Conflict("personId", "role.holder.already", h.since());
            }
        }
        var keys = new GeneratedKeyHolder();
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        jdbc.sql("INSERT INTO role_holder (role_id, person_id, since, note) VALUES (:r, :p, :since, :note)")
                .param("r", role.id()).param("p", c.personId()).param("since", Date.valueOf(since)).param("note", note)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        var after = new LinkedHashMap<String, Object>();
        after.put("person", personLabel(c.personId()));
        after.put("since", since);
        after.put("note", note);
        audit.record(AUDIT_TYPE, role.id(), "holder-added", null, after);
        events.publishEvent(new RoleHolderAdded(role.code(), id, c.personId(), since));
        return id;
    }

    @Transactional
    public void endHolder(String code, long holderId, EndHolder c) {
        Role role = lock(code);
        RoleHolder h = holders(role.id()).stream().filter(x -> x.id() == holderId).findFirst()
                .orElseThrow(() -> new Problems.NotFound("role.holder.not-found", holderId));
        LocalDate on = c == null || c.on() == null ? today() : c.on();
        if (h.until() != null && !h.until().isAfter(on)) throw new Problems.Conflict("on", "role.holder.ended", h.until());
        if (on.isBefore(h.since())) throw new Problems.InvalidInput("on", "role.holder.before-start", h.since());
        jdbc.sql("UPDATE role_holder SET until = :on WHERE id = :id").param("on", Date.valueOf(on)).param("id", holderId).update();
        var before = new LinkedHashMap<String, Object>();
        before.put("person", personLabel(h.personId()));
        before.put("until", h.until());
        var after = new LinkedHashMap<String, Object>(before);
        after.put("until", on);
        audit.record(AUDIT_TYPE, role.id(), "holder-ended", before, after);
        events.publishEvent(new RoleHolderEnded(role.code(), holderId, h.personId(), on));
    }

    private Role lock(String code) {
        Role role = role(code);
        jdbc.sql("SELECT id FROM role WHERE id = :id FOR UPDATE").param("id", role.id()).query(Long.class).optional();
        return role;
    }

    private String personLabel(long personId) {
        return members.person(personId).map(p -> p.name() + " (#" + personId + ")").orElse("#" + personId);
    }

    private static Role role(ResultSet rs, int n) throws SQLException {
        return new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getString("description_fr"), rs.getString("description_en"), rs.getBigDecimal("budget_hours"),
                MoneySql.read(rs, "budget_amount", "budget_currency"));
    }

    private static RoleHolder holder(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("until");
        return new RoleHolder(rs.getLong("id"), rs.getLong("role_id"), rs.getLong("person_id"),
                rs.getDate("since").toLocalDate(), until == null ? null : until.toLocalDate(), rs.getString("note"));
    }
}
