package org.fourmiliere.governance.internal.bodies;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyCommands.CreateBody;
import org.fourmiliere.governance.internal.bodies.BodyCommands.Dissolve;
import org.fourmiliere.governance.internal.bodies.BodyCommands.UpdateBody;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.governance.BodyChanged;
import org.fourmiliere.governance.BodyCreated;
import org.fourmiliere.governance.BodyDissolved;
import org.fourmiliere.governance.BodyMemberJoined;
import org.fourmiliere.governance.BodyMemberLeft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bodies and their members: creates, changes and dissolves committees and teams, and lets persons join and
 * leave a body. The work-committee eligibility verification uses {@link #join} and {@link #leave} on the work
 * committee. Every write is checked, audited on the body (type {@value #AUDIT_TYPE}) and done in one transaction.
 */
@Service
public class BodyService {

    /** The entity type of bodies in the audit trail. */
    public static final String AUDIT_TYPE = "body";

    private final BodyStore store;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    BodyService(BodyStore store, MemberDirectory members, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading

    public List<Body> all() {
        return store.bodies();
    }

    public List<Body> ofKind(BodyKind kind) {
        return store.bodies(kind);
    }

    public Body get(long id) {
        return store.body(id).orElseThrow(() -> new Problems.NotFound("body.not-found", id));
    }

    /** A body of the given kind (the API addresses committees and teams separately). */
    public Body get(long id, BodyKind kind) {
        Body body = get(id);
        if (body.kind() != kind) throw new Problems.NotFound("body.not-found", id);
        return body;
    }

    public Body the(BodyKind singleton) {
        return store.bodies(singleton).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The migration creates the " + singleton));
    }

    public List<Membership> memberships(long bodyId) {
        return store.memberships(bodyId);
    }

    public List<Membership> membershipsOn(LocalDate day) {
        return store.membershipsOn(day);
    }

    public List<Membership> membershipsOf(long personId) {
        return store.membershipsOf(personId);
    }

    public boolean isMember(long bodyId, long personId, LocalDate day) {
        return store.membershipsOf(bodyId, personId).stream().anyMatch(m -> m.inForceOn(day));
    }

    public boolean inWorkCommittee(long personId, LocalDate day) {
        return store.inForce(the(BodyKind.WORK_COMMITTEE).code(), personId, day);
    }

    public List<AuditTrail.Event> history(long bodyId) {
        return audit.history(AUDIT_TYPE, bodyId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- committees and teams

    @Transactional
    public long create(CreateBody c) {
        if (c.kind() != BodyKind.COMMITTEE && c.kind() != BodyKind.TEAM) {
            throw new Problems.InvalidInput("kind", "body.kind.not-creatable");
        }
        LocalDate createdOn = c.createdOn() == null ? today() : c.createdOn();
        String nameFr = c.nameFr().strip();
        String nameEn = c.nameEn().strip();
        checkNamesFree(c.kind(), nameFr, nameEn, null);
        String code = code(c.code(), nameEn, c.kind());
        if (c.coordinatorId() != null) requirePerson("coordinatorId", c.coordinatorId());
        Set<Long> joining = new LinkedHashSet<>();
        if (c.coordinatorId() != null) joining.add(c.coordinatorId());
        if (c.memberIds() != null) {
            for (Long id : c.memberIds()) {
                requirePerson("memberIds", id);
                joining.add(id);
            }
        }
        boolean permanent = c.permanent() == null || c.permanent();
        String mandate = blankToNull(c.mandate());
        long id = store.insertBody(c.kind(), code, nameFr, nameEn, permanent, mandate, createdOn, c.coordinatorId());
        audit.record(AUDIT_TYPE, id, "created", null, view(get(id)));
        events.publishEvent(new BodyCreated(id, c.kind()));
        for (Long personId : joining) {
            joinChecked(get(id), personId, createdOn, null);
        }
        return id;
    }

    @Transactional
    public void update(long id, UpdateBody c) {
        store.lockBody(id);
        Body before = get(id);
        if (before.dissolvedOn() != null) throw new Problems.Conflict(null, "body.dissolved", before.dissolvedOn());
        String nameFr = c.nameFr().strip();
        String nameEn = c.nameEn().strip();
        checkNamesFree(before.kind(), nameFr, nameEn, id);
        Long coordinator = c.coordinatorId();
        if (coordinator != null) {
            if (!before.hasMemberships()) throw new Problems.InvalidInput("coordinatorId", "body.coordinator.not-here");
            requirePerson("coordinatorId", coordinator);
        }
        boolean permanent = c.permanent() == null ? before.permanent() : c.permanent();
        store.updateBody(id, nameFr, nameEn, permanent, blankToNull(c.mandate()), coordinator);
        Body after = get(id);
        audit.record(AUDIT_TYPE, id, "updated", view(before), view(after));
        events.publishEvent(new BodyChanged(id));
        if (coordinator != null && !isMember(id, coordinator, today())) {
            joinChecked(after, coordinator, today(), null);
        }
    }

    @Transactional
    public void dissolve(long id, Dissolve c) {
        store.lockBody(id);
        Body before = get(id);
        if (before.singleton()) throw new Problems.InvalidInput("kind", "body.kind.not-dissolvable");
        if (before.dissolvedOn() != null) throw new Problems.Conflict("on", "body.dissolved", before.dissolvedOn());
        LocalDate on = c == null || c.on() == null ? today() : c.on();
        if (on.isBefore(before.createdOn())) throw new Problems.InvalidInput("on", "body.dissolve.before-creation", before.createdOn());
        for (Membership m : store.memberships(id)) {
            if (m.until() == null || m.until().isAfter(on)) {
                LocalDate until = m.since().isAfter(on) ? m.since() : on;
                store.endMembership(m.id(), until);
                audit.record(AUDIT_TYPE, id, "member-left", membershipView(m.personId(), null, null),
                        membershipView(m.personId(), until, null));
                events.publishEvent(new BodyMemberLeft(id, m.personId(), m.id(), until));
            }
        }
        store.dissolve(id, on);
        audit.record(AUDIT_TYPE, id, "dissolved", view(before), view(get(id)));
        events.publishEvent(new BodyDissolved(id, on));
    }

    // --- memberships

    /**
     * A person joins a body from {@code since}. Refused when the body does not take members, does not exist on
     * that day, or the person is already a member over that period (409).
     */
    @Transactional
    public long join(long bodyId, long personId, LocalDate since, String note) {
        store.lockBody(bodyId);
        Body body = get(bodyId);
        requirePerson("personId", personId);
        return joinChecked(body, personId, since == null ? today() : since, blankToNull(note));
    }

    /**
     * The person's membership in force on {@code on} (or starting later and still open) ends that day: from
     * {@code on}, they are no longer a member. Refused (409) when they are not a member.
     */
    @Transactional
    public void leave(long bodyId, long personId, LocalDate on, String note) {
        store.lockBody(bodyId);
        Body body = get(bodyId);
        LocalDate day = on == null ? today() : on;
        List<Membership> open = new ArrayList<>();
        for (Membership m : store.membershipsOf(bodyId, personId)) {
            if (m.inForceOn(day) || (m.open() && !m.since().isBefore(day))) open.add(m);
        }
        if (open.isEmpty()) throw new Problems.Conflict("personId", "body.member.not-member");
        for (Membership m : open) {
            LocalDate until = m.since().isAfter(day) ? m.since() : day;
            store.endMembership(m.id(), until);
            audit.record(AUDIT_TYPE, body.id(), "member-left", membershipView(personId, null, null),
                    membershipView(personId, until, note == null || note.isBlank() ? null : note.strip()));
            events.publishEvent(new BodyMemberLeft(body.id(), personId, m.id(), until));
        }
    }

    /** Convenience for the eligibility verification: the person becomes a member of the work committee. */
    @Transactional
    public long joinWorkCommittee(long personId, LocalDate since, String note) {
        return join(the(BodyKind.WORK_COMMITTEE).id(), personId, since, note);
    }

    /** Convenience for the eligibility verification: the person stops being a member of the work committee. */
    @Transactional
    public void leaveWorkCommittee(long personId, LocalDate on, String note) {
        leave(the(BodyKind.WORK_COMMITTEE).id(), personId, on, note);
    }

    private long joinChecked(Body body, long personId, LocalDate since, String note) {
        if (!body.hasMemberships()) throw new Problems.InvalidInput("bodyId", "body.member.no-members");
        if (!body.activeOn(since)) throw new Problems.InvalidInput("since", "body.member.inactive", since);
        for (Membership m : store.membershipsOf(body.id(), personId)) {
            if (DatedRules.overlap(m.since(), m.until(), since, null)) {
                throw new Problems.Conflict("personId", "body.member.already", m.since());
            }
        }
        long id = store.insertMembership(body.id(), personId, since, note);
        var after = new java.util.LinkedHashMap<String, Object>();
        after.put("person", personLabel(personId));
        after.put("since", since);
        after.put("note", note);
        audit.record(AUDIT_TYPE, body.id(), "member-joined", null, after);
        events.publishEvent(new BodyMemberJoined(body.id(), personId, id, since));
        return id;
    }

    // --- helpers

    /** How the history names a person: "Name (#id)". */
    String personLabel(long personId) {
        return members.person(personId).map(p -> p.name() + " (#" + personId + ")").orElse("#" + personId);
    }

    private Map<String, Object> view(Body b) {
        Map<String, Object> v = b.auditView();
        v.remove("coordinatorId");
        v.put("coordinator", b.coordinatorId() == null ? null : personLabel(b.coordinatorId()));
        return v;
    }

    private Map<String, Object> membershipView(long personId, LocalDate until, String note) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("person", personLabel(personId));
        m.put("until", until);
        m.put("note", note);
        return m;
    }

    private void requirePerson(String field, long personId) {
        if (members.person(personId).isEmpty()) throw new Problems.InvalidInput(field, "body.person.unknown", personId);
    }

    private void checkNamesFree(BodyKind kind, String nameFr, String nameEn, Long self) {
        LocalDate today = today();
        for (Body b : store.bodies(kind)) {
            if (self != null && b.id() == self) continue;
            if (b.dissolvedOn() != null && !b.activeOn(today)) continue;
            if (b.nameFr().equalsIgnoreCase(nameFr)) throw new Problems.Conflict("nameFr", "body.name.taken", nameFr);
            if (b.nameEn().equalsIgnoreCase(nameEn)) throw new Problems.Conflict("nameEn", "body.name.taken", nameEn);
        }
    }

    private String code(String given, String nameEn, BodyKind kind) {
        if (given != null && !given.isBlank()) {
            if (store.bodyByCode(given).isPresent()) throw new Problems.Conflict("code", "body.code.taken", given);
            return given;
        }
        String base = slug(nameEn);
        if (base.isEmpty()) base = kind.name().toLowerCase(Locale.ROOT);
        String code = base;
        for (int i = 2; store.bodyByCode(code).isPresent(); i++) code = base + "-" + i;
        return code;
    }

    /** "Communication & publicity" → "communication-publicity"; accents dropped; at most 50 characters. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 50) s = s.substring(0, 50).replaceAll("-+$", "");
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
