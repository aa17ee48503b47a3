package org.fourmiliere.members.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.DuesRecorded;
import org.fourmiliere.members.EngagementEnded;
import org.fourmiliere.members.MemberChanged;
import org.fourmiliere.members.MemberRegistered;
import org.fourmiliere.members.MembershipEnded;
import org.fourmiliere.members.MembershipRecorded;
import org.fourmiliere.members.WorkerEngaged;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.MoneySql;
import org.fourmiliere.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members registry: persons and organisations, their memberships, dues and worker engagements. Every
 * write checks its input, runs in one transaction and leaves its line in the audit trail under
 * ("member", id), so that the record's page shows its whole history.
 */
@Service
public class MemberRegistry implements MemberDirectory, MemberRegistration {

    /** The entity type of registry entries in the audit trail. */
    public static final String AUDIT_TYPE = "member";
    /** Deliberately simple: something@something.tld, no spaces. */
    public static final String EMAIL_REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);
    public static final int NAME_MAX = 200, EMAIL_MAX = 320, PHONE_MAX = 40, ADDRESS_MAX = 1000;

    static final RowMapper<RegistryEntry> ENTRY = (rs, n) -> new RegistryEntry(rs.getLong("id"),
            MemberKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("email"),
            rs.getString("phone"), rs.getString("language"), rs.getString("address"),
            rs.getString("organisation_kind") == null ? null : OrganisationKind.valueOf(rs.getString("organisation_kind")),
            rs.getObject("representative_id", Long.class), instant(rs, "created_at"), instant(rs, "updated_at"),
            rs.getInt("version"));

    static final RowMapper<MembershipRow> MEMBERSHIP = (rs, n) -> new MembershipRow(rs.getLong("id"),
            rs.getLong("member_id"), rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class));

    static final RowMapper<DuesRow> DUES = (rs, n) -> new DuesRow(rs.getLong("id"), rs.getLong("member_id"),
            rs.getInt("fiscal_year"), MoneySql.read(rs, "amount", "currency"),
            rs.getObject("paid_on", LocalDate.class), DuesMethod.valueOf(rs.getString("method")));

    static final RowMapper<EngagementRow> ENGAGEMENT = (rs, n) -> new EngagementRow(rs.getLong("id"),
            rs.getLong("person_id"), Engagement.valueOf(rs.getString("engagement")),
            rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    MemberRegistry(JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
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
        return jdbc.sql("SELECT * FROM member WHERE id = :id").param("id", id).query(ENTRY).optional();
    }

    public RegistryEntry require(long id) {
        return entry(id).orElseThrow(() -> new Problems.NotFound("members.not-found", id));
    }

    public RegistryEntry require(long id, MemberKind kind) {
        RegistryEntry e = require(id);
        if (e.kind() != kind) throw new Problems.NotFound("members.not-found", id);
        return e;
    }

    public List<MembershipRow> memberships(long memberId) {
        return jdbc.sql("SELECT * FROM membership WHERE member_id = :m ORDER BY since DESC, id DESC")
                .param("m", memberId).query(MEMBERSHIP).list();
    }

    public List<DuesRow> dues(long memberId) {
        return jdbc.sql("SELECT * FROM dues WHERE member_id = :m ORDER BY fiscal_year DESC")
                .param("m", memberId).query(DUES).list();
    }

    public List<EngagementRow> engagements(long personId) {
        return jdbc.sql("SELECT * FROM worker_engagement WHERE person_id = :p ORDER BY since DESC, id DESC")
                .param("p", personId).query(ENGAGEMENT).list();
    }

    /** The organisations a person represents. */
    public List<RegistryEntry> represented(long personId) {
        return jdbc.sql("SELECT * FROM member WHERE kind = 'ORGANISATION' AND representative_id = :p ORDER BY name")
                .param("p", personId).query(ENTRY).list();
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
    }

    public List<Listed> search(Criteria c) {
        StringBuilder sql = new StringBuilder("SELECT * FROM member WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.q() != null && !c.q().isBlank()) {
            sql.append(" AND (LOWER(name) LIKE :q ESCAPE '\\' OR LOWER(email) LIKE :q ESCAPE '\\')");
            params.put("q", "%" + likeEscape(c.q().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (c.kind() != null) {
            sql.append(" AND kind = :kind");
            params.put("kind", c.kind().name());
        }
        sql.append(" ORDER BY LOWER(name), id");
        List<RegistryEntry> entries = jdbc.sql(sql.toString()).params(params).query(ENTRY).list();
        List<Listed> listed = describe(entries, today());
        return listed.stream()
                .filter(l -> c.goodStanding() == null || l.goodStanding() == c.goodStanding())
                .filter(l -> c.worker() == null || l.worker() == c.worker())
                .toList();
    }

    /** Memberships, standing and engagement of many entries at once, on one day. */
    public List<Listed> describe(List<RegistryEntry> entries, LocalDate day) {
        if (entries.isEmpty()) return List.of();
        Set<Long> ids = entries.stream().map(RegistryEntry::id).collect(Collectors.toSet());
        Map<Long, List<MembershipRow>> memberships = jdbc.sql("SELECT * FROM membership WHERE member_id IN (:ids)")
                .param("ids", ids).query(MEMBERSHIP).list().stream().collect(Collectors.groupingBy(MembershipRow::memberId));
        Map<Long, List<DuesRow>> dues = jdbc.sql("SELECT * FROM dues WHERE member_id IN (:ids)")
                .param("ids", ids).query(DUES).list().stream().collect(Collectors.groupingBy(DuesRow::memberId));
        Map<Long, List<EngagementRow>> engagements = jdbc.sql("SELECT * FROM worker_engagement WHERE person_id IN (:ids)")
                .param("ids", ids).query(ENGAGEMENT).list().stream().collect(Collectors.groupingBy(EngagementRow::personId));
        Set<Long> repIds = entries.stream().map(RegistryEntry::representativeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> repNames = repIds.isEmpty() ? Map.of()
                : jdbc.sql("SELECT id, name FROM member WHERE id IN (:ids)").param("ids", repIds)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Listed> result = new ArrayList<>();
        for (RegistryEntry e : entries) {
            List<MembershipRow> ms = memberships.getOrDefault(e.id(), List.of());
            List<DuesRow> ds = dues.getOrDefault(e.id(), List.of());
            MembershipRow current = currentMembership(ms, day);
            boolean standing = GoodStanding.on(day, ms.stream().map(MembershipRow::span).toList(),
                    ds.stream().map(DuesRow::paid).toList(), fiscalStart());
            EngagementRow engagement = engagements.getOrDefault(e.id(), List.of()).stream()
                    .filter(g -> g.activeOn(day)).findFirst().orElse(null);
            result.add(new Listed(e, current, standing, engagement, e.representativeId() == null ? null : repNames.get(e.representativeId())));
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

    /** Good standing of the entry itself (a person's own membership, or an organisation's). */
    public boolean entryInGoodStanding(long memberId, LocalDate day) {
        return record(memberId).inGoodStanding(day, fiscalStart());
    }

    // ------------------------------------------------------------------ MemberDirectory

    @Override
    public Optional<PersonRef> person(long personId) {
        return entry(personId).filter(RegistryEntry::isPerson).map(MemberRegistry::personRef);
    }

    @Override
    public Optional<PersonRef> personByEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        return jdbc.sql("SELECT * FROM member WHERE kind = 'INDIVIDUAL' AND email = :e")
                .param("e", normalizeEmail(email)).query(ENTRY).optional().map(MemberRegistry::personRef);
    }

    @Override
    public List<PersonRef> persons(Collection<Long> personIds) {
        if (personIds == null || personIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM member WHERE kind = 'INDIVIDUAL' AND id IN (:ids)").param("ids", Set.copyOf(personIds))
                .query(ENTRY).list().stream().map(MemberRegistry::personRef).toList();
    }

    @Override
    public List<PersonRef> workers(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM member m WHERE m.kind = 'INDIVIDUAL' AND EXISTS (
                    SELECT 1 FROM worker_engagement w WHERE w.person_id = m.id AND w.since <= :day
                    AND (w.until IS NULL OR w.until >= :day))
                ORDER BY LOWER(m.name), m.id""")
                .param("day", day).query(ENTRY).list().stream().map(MemberRegistry::personRef).toList();
    }

    @Override
    public boolean isWorker(long personId, LocalDate day) {
        return engagements(personId).stream().anyMatch(e -> e.activeOn(day));
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
        return entry(organisationId).filter(RegistryEntry::isOrganisation).map(MemberRegistry::organisationRef);
    }

    @Override
    public List<OrganisationRef> organisations() {
        return jdbc.sql("SELECT * FROM member WHERE kind = 'ORGANISATION' ORDER BY LOWER(name), id")
                .query(ENTRY).list().stream().map(MemberRegistry::organisationRef).toList();
    }

    static PersonRef personRef(RegistryEntry e) {
        return new PersonRef(e.id(), e.name(), e.email(), e.language());
    }

    static OrganisationRef organisationRef(RegistryEntry e) {
        return new OrganisationRef(e.id(), e.name(), e.organisationKind().name());
    }

    // ------------------------------------------------------------------ MemberRegistration

    @Override
    @Transactional
    public long registerPerson(RegisterPerson c) {
        return create(new EntryData(MemberKind.INDIVIDUAL, c.name(), c.email(), c.phone(), c.language(), c.address(),
                null, null));
    }

    @Override
    @Transactional
    public long registerOrganisation(RegisterOrganisation c) {
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
        Instant now = Instant.now(clock);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO member (kind, name, email, phone, language, address, organisation_kind, representative_id,
                                        created_at, updated_at, version)
                    VALUES (:kind, :name, :email, :phone, :language, :address, :orgKind, :rep, :now, :now, 0)""")
                .params(columns(d)).param("now", Timestamp.from(now))
                .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "members.email.taken", d.email());
        }
        long id = keys.getKeyAs(Long.class);
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
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE member SET name = :name, email = :email, phone = :phone, language = :language,
                           address = :address, organisation_kind = :orgKind, representative_id = :rep,
                           updated_at = :now, version = version + 1
                    WHERE id = :id AND version = :version""")
                .params(columns(d)).param("now", Timestamp.from(Instant.now(clock))).param("id", id)
                .param("version", version).update();
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "members.email.taken", d.email());
        }
        if (rows == 0) throw new Problems.Conflict(null, "members.stale");
        audit.record(AUDIT_TYPE, id, "updated", RegistryEntry.audited(current.data()), RegistryEntry.audited(d));
        events.publishEvent(new MemberChanged(id));
    }

    @Override
    @Transactional
    public long recordMembership(RecordMembership c) {
        if (c.kind() == null) throw new Problems.InvalidInput("kind", "members.kind.invalid");
        require(c.memberId(), c.kind());
        if (c.since() == null) throw new Problems.InvalidInput("since", "members.since.required");
        if (c.until() != null && c.until().isBefore(c.since())) {
            throw new Problems.InvalidInput("until", "members.until.before-since");
        }
        lockEntry(c.memberId());
        for (MembershipRow m : memberships(c.memberId())) {
            if (overlaps(m.since(), m.until(), c.since(), c.until())) {
                throw new Problems.Conflict("since", "members.membership.overlap", m.since().toString());
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO membership (member_id, since, until, recorded_at) VALUES (:m, :since, :until, :now)")
                .param("m", c.memberId()).param("since", c.since()).param("until", c.until())
                .param("now", Timestamp.from(Instant.now(clock))).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AUDIT_TYPE, c.memberId(), "membership-recorded", null,
                dated(Map.of("membership", id), c.since(), c.until()));
        events.publishEvent(new MembershipRecorded(c.memberId(), id, c.since(), c.until()));
        return id;
    }

    @Override
    @Transactional
    public void endMembership(long membershipId, LocalDate until) {
        MembershipRow m = jdbc.sql("SELECT * FROM membership WHERE id = :id").param("id", membershipId)
                .query(MEMBERSHIP).optional().orElseThrow(() -> new Problems.NotFound("members.membership.not-found", membershipId));
        if (until == null) throw new Problems.InvalidInput("until", "members.until.required");
        if (until.isBefore(m.since())) throw new Problems.InvalidInput("until", "members.until.before-since");
        lockEntry(m.memberId());
        for (MembershipRow other : memberships(m.memberId())) {
            if (other.id() != m.id() && overlaps(other.since(), other.until(), m.since(), until)) {
                throw new Problems.Conflict("until", "members.membership.overlap", other.since().toString());
            }
        }
        jdbc.sql("UPDATE membership SET until = :u WHERE id = :id").param("u", until).param("id", membershipId).update();
        audit.record(AUDIT_TYPE, m.memberId(), "membership-ended", mapOf("membership", m.id(), "until", m.until()),
                mapOf("membership", m.id(), "until", until));
        events.publishEvent(new MembershipEnded(m.memberId(), m.id(), until));
    }

    @Override
    @Transactional
    public long recordDues(RecordDues c) {
        require(c.memberId());
        if (c.fiscalYear() == null) throw new Problems.InvalidInput("fiscalYear", "members.dues.year.required");
        if (c.amount() == null) throw new Problems.InvalidInput("amount", "members.dues.amount.required");
        if (c.amount().isNegative()) throw new Problems.InvalidInput("amount", "members.dues.amount.negative");
        if (c.amount().amount().precision() - c.amount().amount().scale() > 17) {
            throw new Problems.InvalidInput("amount", "members.dues.amount.too-large");
        }
        if (c.paidOn() == null) throw new Problems.InvalidInput("paidOn", "members.dues.paid-on.required");
        if (c.method() == null) throw new Problems.InvalidInput("method", "members.dues.method.required");
        int year = c.fiscalYear().endYear();
        if (year < 1900 || year > 9999) throw new Problems.InvalidInput("fiscalYear", "members.dues.year.invalid");
        lockEntry(c.memberId());
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM dues WHERE member_id = :m AND fiscal_year = :y")
                .param("m", c.memberId()).param("y", year).query(Long.class).single() > 0;
        String label = c.fiscalYear().label();
        if (exists) throw new Problems.Conflict("fiscalYear", "members.dues.already-paid", label);
        var keys = new GeneratedKeyHolder();
        try {
            MoneySql.bind(jdbc.sql("""
                    INSERT INTO dues (member_id, fiscal_year, amount, currency, paid_on, method, recorded_at)
                    VALUES (:m, :y, :amount, :currency, :paidOn, :method, :now)"""), "amount", "currency", c.amount())
                .param("m", c.memberId()).param("y", year).param("paidOn", c.paidOn())
                .param("method", c.method().name()).param("now", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("fiscalYear", "members.dues.already-paid", label);
        }
        long id = keys.getKeyAs(Long.class);
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
        if (c.since() == null) throw new Problems.InvalidInput("since", "members.since.required");
        if (c.until() != null && c.until().isBefore(c.since())) {
            throw new Problems.InvalidInput("until", "members.until.before-since");
        }
        lockEntry(c.personId());
        for (EngagementRow e : engagements(c.personId())) {
            if (overlaps(e.since(), e.until(), c.since(), c.until())) {
                throw new Problems.Conflict("since", "members.engagement.overlap", e.since().toString());
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO worker_engagement (person_id, engagement, since, until, recorded_at)
                VALUES (:p, :e, :since, :until, :now)""")
            .param("p", c.personId()).param("e", c.engagement().name()).param("since", c.since())
            .param("until", c.until()).param("now", Timestamp.from(Instant.now(clock))).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AUDIT_TYPE, c.personId(), "worker-engaged", null,
                dated(mapOf("engagement", c.engagement()), c.since(), c.until()));
        events.publishEvent(new WorkerEngaged(c.personId(), id, c.engagement(), c.since(), c.until()));
        return id;
    }

    @Override
    @Transactional
    public void endEngagement(long engagementId, LocalDate until) {
        EngagementRow g = jdbc.sql("SELECT * FROM worker_engagement WHERE id = :id").param("id", engagementId)
                .query(ENGAGEMENT).optional()
                .orElseThrow(() -> new Problems.NotFound("members.engagement.not-found", engagementId));
        if (until == null) throw new Problems.InvalidInput("until", "members.until.required");
        if (until.isBefore(g.since())) throw new Problems.InvalidInput("until", "members.until.before-since");
        lockEntry(g.personId());
        for (EngagementRow other : engagements(g.personId())) {
            if (other.id() != g.id() && overlaps(other.since(), other.until(), g.since(), until)) {
                throw new Problems.Conflict("until", "members.engagement.overlap", other.since().toString());
            }
        }
        jdbc.sql("UPDATE worker_engagement SET until = :u WHERE id = :id").param("u", until).param("id", engagementId).update();
        audit.record(AUDIT_TYPE, g.personId(), "engagement-ended", mapOf("engagement", g.engagement(), "until", g.until()),
                mapOf("engagement", g.engagement(), "until", until));
        events.publishEvent(new EngagementEnded(g.personId(), g.id(), until));
    }

    // ------------------------------------------------------------------ rules and helpers

    /** Normalises and checks an entry; {@code selfId} is the entry being updated (null on creation). */
    EntryData checked(EntryData d, Long selfId) {
        if (d.kind() == null) throw new Problems.InvalidInput("kind", "members.kind.invalid");
        String name = trimToNull(d.name());
        if (name == null) throw new Problems.InvalidInput("name", "members.name.required");
        if (name.length() > NAME_MAX) throw new Problems.InvalidInput("name", "members.name.too-long", NAME_MAX);
        String email = d.email() == null || d.email().isBlank() ? null : normalizeEmail(d.email());
        if (email == null && d.kind() == MemberKind.INDIVIDUAL) {
            throw new Problems.InvalidInput("email", "members.email.required");
        }
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            throw new Problems.InvalidInput("email", "members.email.invalid");
        }
        String language = d.language() == null || d.language().isBlank() ? "fr" : d.language().trim().toLowerCase(Locale.ROOT);
        if (!language.equals("fr") && !language.equals("en")) {
            throw new Problems.InvalidInput("language", "members.language.invalid");
        }
        String phone = trimToNull(d.phone());
        if (phone != null && phone.length() > PHONE_MAX) throw new Problems.InvalidInput("phone", "members.phone.too-long", PHONE_MAX);
        String address = trimToNull(d.address());
        if (address != null && address.length() > ADDRESS_MAX) {
            throw new Problems.InvalidInput("address", "members.address.too-long", ADDRESS_MAX);
        }
        OrganisationKind orgKind = null;
        Long rep = null;
        if (d.kind() == MemberKind.ORGANISATION) {
            if (d.organisationKind() == null) throw new Problems.InvalidInput("organisationKind", "members.organisation-kind.required");
            orgKind = d.organisationKind();
            rep = d.representativeId();
            if (rep != null) {
                Optional<RegistryEntry> r = entry(rep);
                if (r.isEmpty() || !r.get().isPerson()) {
                    throw new Problems.InvalidInput("representativeId", "members.representative.not-a-person", rep);
                }
            }
        }
        if (email != null) {
            Optional<Long> holder = jdbc.sql("SELECT id FROM member WHERE email = :e").param("e", email).query(Long.class).optional();
            if (holder.isPresent() && !holder.get().equals(selfId)) {
                throw new Problems.Conflict("email", "members.email.taken", email);
            }
        }
        return new EntryData(d.kind(), name, email, phone, language, address, orgKind, rep);
    }

    private static Map<String, Object> columns(EntryData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", d.kind().name());
        p.put("name", d.name());
        p.put("email", d.email());
        p.put("phone", d.phone());
        p.put("language", d.language());
        p.put("address", d.address());
        p.put("orgKind", d.organisationKind() == null ? null : d.organisationKind().name());
        p.put("rep", d.representativeId());
        return p;
    }

    /** Serialises concurrent writes about one entry (overlap checks), on H2 and PostgreSQL alike. */
    private void lockEntry(long id) {
        jdbc.sql("SELECT id FROM member WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aEndsBeforeB = aTo != null && aTo.isBefore(bFrom);
        boolean bEndsBeforeA = bTo != null && bTo.isBefore(aFrom);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
