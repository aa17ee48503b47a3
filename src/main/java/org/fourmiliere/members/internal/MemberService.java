package org.fourmiliere.members.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.members.DuesRecorded;
import org.fourmiliere.members.EngagementEnded;
import org.fourmiliere.members.MemberChanged;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.EngagementHistory;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.MemberRegistered;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MembershipEnded;
import org.fourmiliere.members.MembershipRecorded;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.members.RepresentedOrganisation;
import org.fourmiliere.members.WorkerEngaged;
import org.fourmiliere.members.internal.MemberCommands.Change;
import org.fourmiliere.members.internal.MemberCommands.Register;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members registry: persons and organisations, their memberships, dues and worker engagements. Every
 * write applies the rules ({@link MemberRules}), runs in one transaction, leaves its line in the audit trail
 * under ({@value #AUDIT_TYPE}, id), so that the record's page shows its whole history, and publishes its
 * event. The SQL is in {@link MemberStore}.
 */
@Service
public class MemberService implements MemberDirectory, MemberRegistration {

    /** The entity type of registry entries in the audit trail. */
    public static final String AUDIT_TYPE = "member";

    private final MemberStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    MemberService(MemberStore store, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public MonthDay fiscalStart() {
        return FiscalYear.DEFAULT_START;
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.containing(today(), fiscalStart());
    }

    // ------------------------------------------------------------------ reading

    public Optional<RegistryEntry> entry(long id) {
        return store.entry(id);
    }

    public RegistryEntry require(long id) {
        return store.entry(id).orElseThrow(() -> new Problems.NotFound("members.not-found", id));
    }

    public RegistryEntry require(long id, MemberKind kind) {
        return store.entry(kind, id).orElseThrow(() -> new Problems.NotFound("members.not-found", id));
    }

    /** The persons or the organisations of the registry, by name. */
    public List<RegistryEntry> entries(MemberKind kind) {
        return store.entries(kind);
    }

    public List<MembershipRow> memberships(long memberId) {
        return store.memberships(memberId);
    }

    public List<DuesRow> dues(long memberId) {
        return store.dues(memberId);
    }

    public List<EngagementRow> engagements(long personId) {
        return store.engagements(personId);
    }

    /** The organisations a person represents. */
    public List<RegistryEntry> represented(long personId) {
        return store.represented(personId);
    }

    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    /** What the list shows of an entry on a given day. */
    public record Listed(RegistryEntry entry, MembershipRow membership, boolean goodStanding, EngagementRow engagement,
                         String representativeName) {
        public boolean worker() {
            return engagement != null;
        }
    }

    /** Search by name or e-mail ({@code q}), filtered by kind, good standing and worker; null: no filter. */
    public record Criteria(String q, MemberKind kind, Boolean goodStanding, Boolean worker) {
        public static Criteria all() {
            return new Criteria(null, null, null, null);
        }

        public static Criteria ofKind(MemberKind kind) {
            return new Criteria(null, kind, null, null);
        }
    }

    /** The entries that match, as listed today; every filter runs in the database. */
    public List<Listed> search(Criteria c) {
        LocalDate today = today();
        int fiscalYear = FiscalYear.containing(today, fiscalStart()).endYear();
        return describe(store.search(c.q(), c.kind(), c.goodStanding(), c.worker(), today, fiscalYear), today);
    }

    /** Memberships, standing and engagement of many entries at once, on one day. */
    public List<Listed> describe(List<RegistryEntry> entries, LocalDate day) {
        if (entries.isEmpty()) return List.of();
        Set<Long> ids = entries.stream().map(RegistryEntry::id).collect(Collectors.toSet());
        Map<Long, List<MembershipRow>> memberships = store.memberships(ids);
        Map<Long, List<DuesRow>> dues = store.dues(ids);
        Map<Long, List<EngagementRow>> engagements = store.engagements(ids);
        Map<Long, String> representatives = store.names(entries.stream().map(RegistryEntry::representativeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Listed> result = new ArrayList<>();
        for (RegistryEntry e : entries) {
            List<MembershipRow> ms = memberships.getOrDefault(e.id(), List.of());
            List<DuesRow> ds = dues.getOrDefault(e.id(), List.of());
            boolean standing = GoodStanding.on(day, ms.stream().map(MembershipRow::span).toList(),
                    ds.stream().map(DuesRow::paid).toList(), fiscalStart());
            EngagementRow engagement = engagements.getOrDefault(e.id(), List.of()).stream()
                    .filter(g -> g.activeOn(day)).findFirst().orElse(null);
            result.add(new Listed(e, currentMembership(ms, day), standing, engagement,
                    e.representativeId() == null ? null : representatives.get(e.representativeId())));
        }
        return result;
    }

    public Listed describe(RegistryEntry entry) {
        return describe(List.of(entry), today()).getFirst();
    }

    /** The membership in force that day, else the latest one (past or future), else null. */
    static MembershipRow currentMembership(List<MembershipRow> ms, LocalDate day) {
        return ms.stream().filter(m -> m.inForce(day)).findFirst()
                .orElse(ms.stream().max(Comparator.comparing(MembershipRow::since)).orElse(null));
    }

    // ------------------------------------------------------------------ MemberDirectory

    @Override
    public Optional<PersonRef> person(long personId) {
        return store.entry(MemberKind.INDIVIDUAL, personId).map(MemberService::personRef);
    }

    @Override
    public Optional<PersonRef> personByEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        return store.personByEmail(MemberRules.normalizeEmail(email)).map(MemberService::personRef);
    }

    @Override
    public List<PersonRef> persons(Collection<Long> personIds) {
        if (personIds == null) return List.of();
        return store.entries(MemberKind.INDIVIDUAL, personIds).stream().map(MemberService::personRef).toList();
    }

    @Override
    public List<PersonRef> workers(LocalDate day) {
        return store.workers(day).stream().map(MemberService::personRef).toList();
    }

    @Override
    public java.util.Optional<Engagement> engagement(long personId, LocalDate day) {
        return store.engagements(personId).stream().filter(e -> e.activeOn(day)).map(EngagementRow::engagement).findFirst();
    }

    @Override
    public EngagementHistory engagements(Collection<Long> personIds) {
        Map<Long, List<EngagementHistory.Period>> periods = new HashMap<>();
        store.engagements(Set.copyOf(personIds)).forEach((person, rows) -> periods.put(person, rows.stream()
                .map(r -> new EngagementHistory.Period(r.engagement(), r.since(), r.until())).toList()));
        return new EngagementHistory(periods);
    }

    @Override
    public boolean isWorker(long personId, LocalDate day) {
        return store.working(personId, day);
    }

    /**
     * True when the person's own membership is in good standing, or when the person represents an
     * organisation in good standing: the representative holds the organisational member's rights (§3).
     */
    @Override
    public boolean inGoodStanding(long personId, LocalDate day) {
        if (person(personId).isEmpty()) return false;
        return GoodStanding.holdsMemberRights(day, record(personId),
                represented(personId).stream().map(o -> record(o.id())).toList(), fiscalStart());
    }

    private GoodStanding.Record record(long memberId) {
        return new GoodStanding.Record(memberships(memberId).stream().map(MembershipRow::span).toList(),
                dues(memberId).stream().map(DuesRow::paid).toList());
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        return store.entry(MemberKind.ORGANISATION, organisationId).map(MemberService::organisationRef);
    }

    @Override
    public List<OrganisationRef> organisations() {
        return store.entries(MemberKind.ORGANISATION).stream().map(MemberService::organisationRef).toList();
    }

    @Override
    public List<RepresentedOrganisation> representedBy(long personId) {
        return store.represented(personId).stream().map(e -> new RepresentedOrganisation(e.id(), e.name(), e.email())).toList();
    }

    static PersonRef personRef(RegistryEntry e) {
        return new PersonRef(e.id(), e.name(), e.email(), e.language());
    }

    static OrganisationRef organisationRef(RegistryEntry e) {
        return new OrganisationRef(e.id(), e.name(), e.organisationKind().name());
    }

    // ------------------------------------------------------------------ the commands of the API and the pages

    /** Registers what the members resource or the create form asked for, with its membership. */
    @Transactional
    public long register(Register c) {
        return createMember(c.details(), c.membershipFrom(today()));
    }

    /** Registers what the organisations resource asked for, a member only when told since when. */
    @Transactional
    public long register(MemberCommands.RegisterOrganisation c) {
        return createMember(c.details(), c.membershipFrom());
    }

    /** Changes some fields of an entry (the other fields stay as they are). */
    @Transactional
    public void change(long id, Change c) {
        update(id, c.over(require(id)), c.version());
    }

    /** Ends a membership of that member; a membership of another member is not found. */
    @Transactional
    public void endMembership(long memberId, long membershipId, LocalDate until) {
        store.membership(membershipId).filter(m -> m.memberId() == memberId)
                .orElseThrow(() -> new Problems.NotFound("members.membership.not-found", membershipId));
        endMembership(membershipId, until);
    }

    /** Ends an engagement of that person; an engagement of another person is not found. */
    @Transactional
    public void endEngagement(long personId, long engagementId, LocalDate until) {
        store.engagement(engagementId).filter(g -> g.personId() == personId)
                .orElseThrow(() -> new Problems.NotFound("members.engagement.not-found", engagementId));
        endEngagement(engagementId, until);
    }

    // ------------------------------------------------------------------ MemberRegistration and the writes

    @Override
    @Transactional
    public long registerPerson(RegisterPerson c) {
        return create(new EntryData(MemberKind.INDIVIDUAL, c.name(), c.email(), c.phone(), c.language(), c.address(),
                null, null));
    }

    @Override
    @Transactional
    public long registerOrganisation(MemberRegistration.RegisterOrganisation c) {
        return create(new EntryData(MemberKind.ORGANISATION, c.name(), c.email(), c.phone(), c.language(), c.address(),
                c.kind(), c.representativeId()));
    }

    /** Registers a person or an organisation and, when {@code memberSince} is given, a membership from that day. */
    @Transactional
    public long createMember(EntryData data, LocalDate memberSince) {
        long id = create(data);
        if (memberSince != null) {
            recordMembership(new RecordMembership(data.kind(), id, memberSince, null));
        }
        return id;
    }

    @Transactional
    public long create(EntryData input) {
        EntryData d = checked(input, null);
        long id;
        try {
            id = store.insertEntry(d, Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "members.email.taken", d.email());
        }
        audit.record(AUDIT_TYPE, id, "created", null, RegistryEntry.audited(d));
        events.publishEvent(new MemberRegistered(id, d.kind()));
        return id;
    }

    /** Replaces what a person wrote about an entry; {@code expectedVersion} (if given) guards against lost updates. */
    @Transactional
    public void update(long id, EntryData input, Integer expectedVersion) {
        RegistryEntry current = require(id);
        if (input.kind() != null && input.kind() != current.kind()) {
            throw new Problems.InvalidInput("kind", "members.kind.unchangeable");
        }
        EntryData d = checked(new EntryData(current.kind(), input.name(), input.email(), input.phone(), input.language(),
                input.address(), input.organisationKind(), input.representativeId()), id);
        int version = expectedVersion == null ? current.version() : expectedVersion;
        boolean written;
        try {
            written = store.updateEntry(id, d, version, Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "members.email.taken", d.email());
        }
        if (!written) throw new Problems.Conflict(null, "members.stale");
        audit.record(AUDIT_TYPE, id, "updated", RegistryEntry.audited(current.data()), RegistryEntry.audited(d));
        events.publishEvent(new MemberChanged(id));
    }

    @Override
    @Transactional
    public long recordMembership(RecordMembership c) {
        if (c.kind() == null) throw new Problems.InvalidInput("kind", "members.kind.invalid");
        require(c.memberId(), c.kind());
        MemberRules.checkPeriod(c.since(), c.until());
        store.lock(c.memberId());
        for (MembershipRow m : store.memberships(c.memberId())) {
            if (MemberRules.overlaps(m.since(), m.until(), c.since(), c.until())) {
                throw new Problems.Conflict("since", "members.membership.overlap", m.since().toString());
            }
        }
        long id = store.insertMembership(c.memberId(), c.since(), c.until(), Instant.now(clock));
        audit.record(AUDIT_TYPE, c.memberId(), "membership-recorded", null,
                dated(Map.of("membership", id), c.since(), c.until()));
        events.publishEvent(new MembershipRecorded(c.memberId(), id, c.since(), c.until()));
        return id;
    }

    @Override
    @Transactional
    public void endMembership(long membershipId, LocalDate until) {
        MembershipRow m = store.membership(membershipId)
                .orElseThrow(() -> new Problems.NotFound("members.membership.not-found", membershipId));
        MemberRules.checkEnd(m.since(), until);
        store.lock(m.memberId());
        for (MembershipRow other : store.memberships(m.memberId())) {
            if (other.id() != m.id() && MemberRules.overlaps(other.since(), other.until(), m.since(), until)) {
                throw new Problems.Conflict("until", "members.membership.overlap", other.since().toString());
            }
        }
        store.endMembership(membershipId, until);
        audit.record(AUDIT_TYPE, m.memberId(), "membership-ended", mapOf("membership", m.id(), "until", m.until()),
                mapOf("membership", m.id(), "until", until));
        events.publishEvent(new MembershipEnded(m.memberId(), m.id(), until));
    }

    @Override
    @Transactional
    public long recordDues(RecordDues c) {
        require(c.memberId());
        MemberRules.checkDues(c.fiscalYear(), c.amount(), c.paidOn(), c.method());
        int year = c.fiscalYear().endYear();
        String label = c.fiscalYear().label();
        store.lock(c.memberId());
        if (store.duesRecorded(c.memberId(), year)) {
            throw new Problems.Conflict("fiscalYear", "members.dues.already-paid", label);
        }
        long id;
        try {
            id = store.insertDues(c.memberId(), year, c.amount(), c.paidOn(), c.method(), Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("fiscalYear", "members.dues.already-paid", label);
        }
        audit.record(AUDIT_TYPE, c.memberId(), "dues-recorded", null,
                mapOf("fiscalYear", label, "amount", c.amount(), "paidOn", c.paidOn(), "method", c.method()));
        events.publishEvent(new DuesRecorded(c.memberId(), id, year));
        return id;
    }

    @Override
    @Transactional
    public long engageWorker(EngageWorker c) {
        require(c.personId(), MemberKind.INDIVIDUAL);
        if (c.engagement() == null) throw new Problems.InvalidInput("engagement", "members.engagement.required");
        MemberRules.checkPeriod(c.since(), c.until());
        store.lock(c.personId());
        for (EngagementRow e : store.engagements(c.personId())) {
            if (MemberRules.overlaps(e.since(), e.until(), c.since(), c.until())) {
                throw new Problems.Conflict("since", "members.engagement.overlap", e.since().toString());
            }
        }
        long id = store.insertEngagement(c.personId(), c.engagement(), c.since(), c.until(), Instant.now(clock));
        audit.record(AUDIT_TYPE, c.personId(), "worker-engaged", null,
                dated(mapOf("engagement", c.engagement()), c.since(), c.until()));
        events.publishEvent(new WorkerEngaged(c.personId(), id, c.engagement(), c.since(), c.until()));
        return id;
    }

    @Override
    @Transactional
    public void endEngagement(long engagementId, LocalDate until) {
        EngagementRow g = store.engagement(engagementId)
                .orElseThrow(() -> new Problems.NotFound("members.engagement.not-found", engagementId));
        MemberRules.checkEnd(g.since(), until);
        store.lock(g.personId());
        for (EngagementRow other : store.engagements(g.personId())) {
            if (other.id() != g.id() && MemberRules.overlaps(other.since(), other.until(), g.since(), until)) {
                throw new Problems.Conflict("until", "members.engagement.overlap", other.since().toString());
            }
        }
        store.endEngagement(engagementId, until);
        audit.record(AUDIT_TYPE, g.personId(), "engagement-ended", mapOf("engagement", g.engagement(), "until", g.until()),
                mapOf("engagement", g.engagement(), "until", until));
        events.publishEvent(new EngagementEnded(g.personId(), g.id(), until));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The entry as stored after the rules ({@link MemberRules#normalised}) and what only the database knows: the
     * representative is a person of the registry, the e-mail is nobody else's. {@code selfId}: the entry being
     * updated (null on creation).
     */
    private EntryData checked(EntryData input, Long selfId) {
        EntryData d = MemberRules.normalised(input);
        if (d.representativeId() != null) {
            MemberRules.checkRepresentative(d.representativeId(),
                    store.entry(d.representativeId()).map(RegistryEntry::kind).orElse(null));
        }
        if (d.email() != null) {
            Optional<Long> holder = store.holderOfEmail(d.email());
            if (holder.isPresent() && !holder.get().equals(selfId)) {
                throw new Problems.Conflict("email", "members.email.taken", d.email());
            }
        }
        return d;
    }

    private static Map<String, Object> dated(Map<String, Object> base, LocalDate since, LocalDate until) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put("since", since);
        m.put("until", until);
        return m;
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
