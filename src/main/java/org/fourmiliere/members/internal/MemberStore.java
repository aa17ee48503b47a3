package org.fourmiliere.members.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.MoneySql;
import org.fourmiliere.shared.SqlValues;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the registry: entries (persons and organisations), memberships, dues and worker engagements.
 * No rule lives here; a duplicate e-mail or dues paid twice surface as the database's {@code DuplicateKeyException}.
 */
@Repository
class MemberStore {

    private static final String ENTRY_COLUMNS = """
            m.id, m.kind, m.name, m.email, m.phone, m.language, m.address, m.organisation_kind, m.representative_id,
            m.created_at, m.updated_at, m.version""";
    private static final String MEMBERSHIP_COLUMNS = "id, member_id, since, until";
    private static final String DUES_COLUMNS = "id, member_id, fiscal_year, amount, currency, paid_on, method";
    private static final String ENGAGEMENT_COLUMNS = "id, person_id, engagement, since, until";

    /** A membership in force on :day of the entry m. */
    private static final String MEMBERSHIP_IN_FORCE = """
            EXISTS (SELECT 1 FROM membership s WHERE s.member_id = m.id AND s.since <= :day
                    AND (s.until IS NULL OR s.until >= :day))""";
    /** The dues of the fiscal year :fiscalYear paid on or before :day by the entry m. */
    private static final String DUES_PAID = """
            EXISTS (SELECT 1 FROM dues d WHERE d.member_id = m.id AND d.fiscal_year = :fiscalYear AND d.paid_on <= :day)""";
    /** A worker engagement of the person m active on :day. */
    private static final String WORKING = """
            EXISTS (SELECT 1 FROM worker_engagement w WHERE w.person_id = m.id AND w.since <= :day
                    AND (w.until IS NULL OR w.until >= :day))""";

    private static final RowMapper<RegistryEntry> ENTRY = (rs, n) -> new RegistryEntry(rs.getLong("id"),
            MemberKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("email"),
            rs.getString("phone"), rs.getString("language"), rs.getString("address"),
            rs.getString("organisation_kind") == null ? null : OrganisationKind.valueOf(rs.getString("organisation_kind")),
            rs.getObject("representative_id", Long.class), SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"),
            rs.getInt("version"));

    private static final RowMapper<MembershipRow> MEMBERSHIP = (rs, n) -> new MembershipRow(rs.getLong("id"),
            rs.getLong("member_id"), rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class));

    private static final RowMapper<DuesRow> DUES = (rs, n) -> new DuesRow(rs.getLong("id"), rs.getLong("member_id"),
            rs.getInt("fiscal_year"), MoneySql.read(rs, "amount", "currency"),
            rs.getObject("paid_on", LocalDate.class), DuesMethod.valueOf(rs.getString("method")));

    private static final RowMapper<EngagementRow> ENGAGEMENT = (rs, n) -> new EngagementRow(rs.getLong("id"),
            rs.getLong("person_id"), Engagement.valueOf(rs.getString("engagement")),
            rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class));

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ entries

    Optional<RegistryEntry> entry(long id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.id = :id").param("id", id).query(ENTRY).optional();
    }

    Optional<RegistryEntry> entry(MemberKind kind, long id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.id = :id AND m.kind = :kind")
                .param("id", id).param("kind", kind.name()).query(ENTRY).optional();
    }

    Optional<RegistryEntry> personByEmail(String email) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.kind = 'INDIVIDUAL' AND m.email = :e")
                .param("e", email).query(ENTRY).optional();
    }

    /** The id of the entry holding that e-mail, if any. */
    Optional<Long> holderOfEmail(String email) {
        return jdbc.sql("SELECT id FROM member WHERE email = :e").param("e", email).query(Long.class).optional();
    }

    List<RegistryEntry> entries(MemberKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.kind = :kind AND m.id IN (:ids)")
                .param("kind", kind.name()).param("ids", Set.copyOf(ids)).query(ENTRY).list();
    }

    List<RegistryEntry> entries(MemberKind kind) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.kind = :kind ORDER BY LOWER(m.name), m.id")
                .param("kind", kind.name()).query(ENTRY).list();
    }

    /** The organisations a person represents, by name. */
    List<RegistryEntry> represented(long personId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS
                        + " FROM member m WHERE m.kind = 'ORGANISATION' AND m.representative_id = :p ORDER BY m.name")
                .param("p", personId).query(ENTRY).list();
    }

    /** Persons with a worker engagement active on that day, by name. */
    List<RegistryEntry> workers(LocalDate day) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE m.kind = 'INDIVIDUAL' AND " + WORKING
                        + " ORDER BY LOWER(m.name), m.id")
                .param("day", day).query(ENTRY).list();
    }

    boolean working(long personId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM member m WHERE m.id = :id AND " + WORKING)
                .param("id", personId).param("day", day).query(Long.class).single() > 0;
    }

    /**
     * The search of the list, every filter in SQL: {@code text} in the name or the e-mail, the kind, good standing
     * on {@code day} (a membership in force and the dues of {@code fiscalYear} paid by then: the SQL form of
     * {@link GoodStanding#on}), and an active worker engagement. A null filter does not filter.
     */
    List<RegistryEntry> search(String text, MemberKind kind, Boolean goodStanding, Boolean worker, LocalDate day,
                               int fiscalYear) {
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + " FROM member m WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            sql.append(" AND (LOWER(m.name) LIKE :q ESCAPE '\\' OR LOWER(m.email) LIKE :q ESCAPE '\\')");
            params.put("q", "%" + likeEscape(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (kind != null) {
            sql.append(" AND m.kind = :kind");
            params.put("kind", kind.name());
        }
        if (goodStanding != null) {
            sql.append(goodStanding ? " AND " : " AND NOT ").append("(").append(MEMBERSHIP_IN_FORCE).append(" AND ")
                    .append(DUES_PAID).append(")");
            params.put("fiscalYear", fiscalYear);
        }
        if (worker != null) {
            sql.append(worker ? " AND " : " AND NOT ").append(WORKING);
        }
        if (goodStanding != null || worker != null) params.put("day", day);
        sql.append(" ORDER BY LOWER(m.name), m.id");
        return jdbc.sql(sql.toString()).params(params).query(ENTRY).list();
    }

    Map<Long, String> names(Set<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbc.sql("SELECT id, name FROM member WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long insertEntry(EntryData d, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (kind, name, email, phone, language, address, organisation_kind, representative_id,
                                    created_at, updated_at, version)
                VALUES (:kind, :name, :email, :phone, :language, :address, :orgKind, :rep, :now, :now, 0)""")
            .params(columns(d)).param("now", Timestamp.from(now))
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Writes an entry if it is still at {@code version}; false when it changed in the meantime. */
    boolean updateEntry(long id, EntryData d, int version, Instant now) {
        return jdbc.sql("""
                UPDATE member SET name = :name, email = :email, phone = :phone, language = :language,
                       address = :address, organisation_kind = :orgKind, representative_id = :rep,
                       updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
            .params(columns(d)).param("now", Timestamp.from(now)).param("id", id)
            .param("version", version).update() > 0;
    }

    /** Serialises concurrent writes about one entry (overlap checks), on H2 and PostgreSQL alike. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM member WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    // ------------------------------------------------------------------ memberships

    Optional<MembershipRow> membership(long id) {
        return jdbc.sql("SELECT " + MEMBERSHIP_COLUMNS + " FROM membership WHERE id = :id").param("id", id)
                .query(MEMBERSHIP).optional();
    }

    List<MembershipRow> memberships(long memberId) {
        return jdbc.sql("SELECT " + MEMBERSHIP_COLUMNS + " FROM membership WHERE member_id = :m ORDER BY since DESC, id DESC")
                .param("m", memberId).query(MEMBERSHIP).list();
    }

    Map<Long, List<MembershipRow>> memberships(Set<Long> memberIds) {
        if (memberIds.isEmpty()) return Map.of();
        return jdbc.sql("SELECT " + MEMBERSHIP_COLUMNS + " FROM membership WHERE member_id IN (:ids) ORDER BY since DESC, id DESC")
                .param("ids", memberIds).query(MEMBERSHIP).list().stream()
                .collect(Collectors.groupingBy(MembershipRow::memberId));
    }

    long insertMembership(long memberId, LocalDate since, LocalDate until, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO membership (member_id, since, until, recorded_at) VALUES (:m, :since, :until, :now)")
                .param("m", memberId).param("since", since).param("until", until)
                .param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void endMembership(long id, LocalDate until) {
        jdbc.sql("UPDATE membership SET until = :u WHERE id = :id").param("u", until).param("id", id).update();
    }

    // ------------------------------------------------------------------ dues

    List<DuesRow> dues(long memberId) {
        return jdbc.sql("SELECT " + DUES_COLUMNS + " FROM dues WHERE member_id = :m ORDER BY fiscal_year DESC")
                .param("m", memberId).query(DUES).list();
    }

    Map<Long, List<DuesRow>> dues(Set<Long> memberIds) {
        if (memberIds.isEmpty()) return Map.of();
        return jdbc.sql("SELECT " + DUES_COLUMNS + " FROM dues WHERE member_id IN (:ids)")
                .param("ids", memberIds).query(DUES).list().stream().collect(Collectors.groupingBy(DuesRow::memberId));
    }

    boolean duesRecorded(long memberId, int fiscalYear) {
        return jdbc.sql("SELECT COUNT(*) FROM dues WHERE member_id = :m AND fiscal_year = :y")
                .param("m", memberId).param("y", fiscalYear).query(Long.class).single() > 0;
    }

    long insertDues(long memberId, int fiscalYear, Money amount, LocalDate paidOn, DuesMethod method, Instant now) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                INSERT INTO dues (member_id, fiscal_year, amount, currency, paid_on, method, recorded_at)
                VALUES (:m, :y, :amount, :currency, :paidOn, :method, :now)"""), "amount", "currency", amount)
            .param("m", memberId).param("y", fiscalYear).param("paidOn", paidOn)
            .param("method", method.name()).param("now", Timestamp.from(now))
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    // ------------------------------------------------------------------ worker engagements

    Optional<EngagementRow> engagement(long id) {
        return jdbc.sql("SELECT " + ENGAGEMENT_COLUMNS + " FROM worker_engagement WHERE id = :id").param("id", id)
                .query(ENGAGEMENT).optional();
    }

    List<EngagementRow> engagements(long personId) {
        return jdbc.sql("SELECT " + ENGAGEMENT_COLUMNS + " FROM worker_engagement WHERE person_id = :p ORDER BY since DESC, id DESC")
                .param("p", personId).query(ENGAGEMENT).list();
    }

    Map<Long, List<EngagementRow>> engagements(Set<Long> personIds) {
        if (personIds.isEmpty()) return Map.of();
        return jdbc.sql("SELECT " + ENGAGEMENT_COLUMNS + " FROM worker_engagement WHERE person_id IN (:ids) ORDER BY since DESC, id DESC")
                .param("ids", personIds).query(ENGAGEMENT).list().stream()
                .collect(Collectors.groupingBy(EngagementRow::personId));
    }

    long insertEngagement(long personId, Engagement engagement, LocalDate since, LocalDate until, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO worker_engagement (person_id, engagement, since, until, recorded_at)
                VALUES (:p, :e, :since, :until, :now)""")
            .param("p", personId).param("e", engagement.name()).param("since", since)
            .param("until", until).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void endEngagement(long id, LocalDate until) {
        jdbc.sql("UPDATE worker_engagement SET until = :u WHERE id = :id").param("u", until).param("id", id).update();
    }

    // ------------------------------------------------------------------

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

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
