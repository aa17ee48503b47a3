package org.fourmiliere.roles.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.roles.AddHolder;
import org.fourmiliere.roles.EndHolder;
import org.fourmiliere.roles.RoleDirectory;
import org.fourmiliere.roles.RoleHoldings;
import org.fourmiliere.roles.RoleHolderAdded;
import org.fourmiliere.roles.RoleHolderEnded;
import org.fourmiliere.roles.RoleRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and their holders. Each change runs in one transaction: the role's row is locked, the rules of
 * {@link RoleHolder} decide, {@link RoleStore} writes, the audit trail records the change on the role (type
 * {@value #AUDIT_TYPE}) and an event of {@code RoleEvent} is published. Commands arrive validated by the web edge
 * ({@code @Valid}); they are not checked again here. Answers other modules as their {@link RoleDirectory}.
 */
@Service
public class RoleService implements RoleDirectory, RoleHoldings {

    /** The entity type of roles in the audit trail. */
    public static final String AUDIT_TYPE = "role";

    private final RoleStore store;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleService(RoleStore store, MemberDirectory members, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- reading

    public List<Role> all() {
        return store.roles();
    }

    public Role role(String code) {
        return store.role(code).orElseThrow(() -> new Problems.NotFound("role.not-found", code));
    }

    /** The holders of every role, the earliest first. */
    public List<RoleHolder> holders() {
        return store.holders();
    }

    public List<RoleHolder> holders(Role role) {
        return store.holders(role.id());
    }

    public List<AuditTrail.Event> history(String code) {
        return audit.history(AUDIT_TYPE, role(code).id());
    }

    // --- RoleDirectory

    @Override
    public List<RoleRef> roles() {
        return store.roles().stream().map(Role::ref).toList();
    }

    @Override
    public List<Long> holderIds(String roleCode, LocalDate day) {
        return store.holderIds(roleCode, day);
    }

    @Override
    public Set<String> rolesOf(long personId, LocalDate day) {
        return store.rolesOf(personId, day);
    }

    // --- writing

    /** The person starts holding the role; returns the holding's id. */
    @Transactional
    public long addHolder(String code, AddHolder c) {
        Role role = lock(code);
        String person = members.person(c.personId()).map(p -> label(p.name(), p.id()))
                .orElseThrow(() -> new Problems.InvalidInput("personId", "role.person.unknown", c.personId()));
        LocalDate since = c.since() == null ? today() : c.since();
        RoleHolder h = RoleHolder.start(role.id(), c.personId(), since, c.note(), c.share(), store.holders(role.id()));
        long id = store.insert(h);
        audit.record(AUDIT_TYPE, role.id(), "holder-added", null, view(person, h));
        events.publishEvent(new RoleHolderAdded(role.code(), id, h.personId(), h.since()));
        return id;
    }

    /** The holding ends on the command's day (today when none). */
    @Transactional
    public void endHolder(String code, long holderId, EndHolder c) {
        Role role = lock(code);
        RoleHolder before = store.holder(role.id(), holderId)
                .orElseThrow(() -> new Problems.NotFound("role.holder.not-found", holderId));
        RoleHolder after = before.endedOn(c == null || c.on() == null ? today() : c.on());
        store.end(after);
        String person = members.person(before.personId()).map(p -> label(p.name(), p.id()))
                .orElse("#" + before.personId());
        audit.record(AUDIT_TYPE, role.id(), "holder-ended", endView(person, before), endView(person, after));
        events.publishEvent(new RoleHolderEnded(role.code(), holderId, after.personId(), after.until()));
    }

    /**
     * Who holds the role from {@code since} and with which share (ADR 0210): the holdings of persons left out end on
     * {@code since}; a holding whose share changes ends and starts again with the new share; new persons start.
     * Nothing else changes. One audit line on the role ({@code holders-reassigned}) with before and after, and the
     * usual events, so the statuses that follow from roles change as soon as it commits.
     */
    @Override
    @Transactional
    public int reassign(String code, Map<Long, BigDecimal> shares, LocalDate since, String note) {
        Role role = lock(code);
        List<RoleHolder> holders = store.holders(role.id());
        Map<Long, RoleHolder> inForce = new java.util.TreeMap<>();
        for (RoleHolder h : holders) if (h.runsOnOrAfter(since) && !h.since().isAfter(since)) inForce.put(h.personId(), h);
        Map<String, Object> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        int changes = 0;
        for (RoleHolder h : inForce.values()) {
            BigDecimal wanted = shares.get(h.personId());
            if (wanted != null && h.share() != null && wanted.compareTo(h.share()) == 0) continue;
            RoleHolder ended = h.endedOn(since);
            store.end(ended);
            before.put("#" + h.personId(), h.share() == null ? "" : h.share().toPlainString());
            events.publishEvent(new RoleHolderEnded(role.code(), h.id(), h.personId(), since));
            changes++;
        }
        for (var e : new java.util.TreeMap<>(shares).entrySet()) {
            RoleHolder h = inForce.get(e.getKey());
            if (h != null && h.share() != null && e.getValue().compareTo(h.share()) == 0) continue;
            if (members.person(e.getKey()).isEmpty()) throw new Problems.InvalidInput("personId", "role.person.unknown", e.getKey());
            RoleHolder started = RoleHolder.start(role.id(), e.getKey(), since, note, e.getValue(), store.holders(role.id()));
            long id = store.insert(started);
            after.put("#" + e.getKey(), e.getValue().toPlainString());
            events.publishEvent(new RoleHolderAdded(role.code(), id, e.getKey(), since));
            changes++;
        }
        if (changes > 0) audit.record(AUDIT_TYPE, role.id(), "holders-reassigned", before, after);
        return changes;
    }

    private Role lock(String code) {
        Role role = role(code);
        store.lock(role.id());
        return role;
    }

    /** The person as the audit trail shows them. */
    private static String label(String name, long personId) {
        return name + " (#" + personId + ")";
    }

    private static Map<String, Object> view(String person, RoleHolder h) {
        var m = new LinkedHashMap<String, Object>();
        m.put("person", person);
        m.put("since", h.since());
        m.put("note", h.note());
        return m;
    }

    private static Map<String, Object> endView(String person, RoleHolder h) {
        var m = new LinkedHashMap<String, Object>();
        m.put("person", person);
        m.put("until", h.until());
        return m;
    }
}
