package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.MoneySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement of contracts: the grid, partners, opportunities and their history, contracts, alerts. */
@Repository
class ContractsStore {

    private static final String OPPORTUNITY_COLUMNS = "id, title, customer_id, client_name, service, estimate_minutes, "
            + "estimate_amount, currency, stage, chance, expected_decision, team_id, notes, lost_reason, created_on";
    private static final String CONTRACT_COLUMNS = "id, code, title, customer_id, opportunity_id, document_id, team_id, "
            + "service, mode, hourly, budget_minutes, budget_amount, currency, starts_on, ends_on, activity_id, "
            + "freelancer_id, share_percent";


    private final JdbcClient jdbc;

    ContractsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    // --- rates

    List<Rate> rates() {
        return jdbc.sql("SELECT id, service, client_kind, effective_from, hourly, currency FROM ct_rate "
                        + "ORDER BY service, client_kind, effective_from")
                .query((rs, i) -> new Rate(rs.getLong("id"), ServiceKind.valueOf(rs.getString("service")),
                        ClientKind.valueOf(rs.getString("client_kind")), day(rs, "effective_from"),
                        MoneySql.read(rs, "hourly", "currency")))
                .list();
    }

    boolean rateExists(ServiceKind s, ClientKind k, LocalDate from) {
        return jdbc.sql("SELECT COUNT(id) FROM ct_rate WHERE service = :s AND client_kind = :k AND effective_from = :f")
                .param("s", s.name()).param("k", k.name()).param("f", date(from)).query(Long.class).single() > 0;
    }

    void lockRates() {
        jdbc.sql("SELECT id FROM ct_rate WHERE id = 0 FOR UPDATE").query(Long.class).optional();
    }

    long insertRate(ServiceKind s, ClientKind k, LocalDate from, Money hourly, Instant at) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                        INSERT INTO ct_rate (service, client_kind, effective_from, hourly, currency, created_at)
                        VALUES (:s, :k, :f, :h, :c, :at)""")
                .param("s", s.name()).param("k", k.name()).param("f", date(from)).param("at", Timestamp.from(at)), "h", "c", hourly)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void replaceRate(ServiceKind s, ClientKind k, LocalDate from, Money hourly) {
        MoneySql.bind(jdbc.sql("UPDATE ct_rate SET hourly = :h, currency = :c WHERE service = :s AND client_kind = :k AND effective_from = :f")
                .param("s", s.name()).param("k", k.name()).param("f", date(from)), "h", "c", hourly).update();
    }

    // --- partners

    List<Partner> partners() {
        return jdbc.sql("""
                        SELECT id, name, person_id, organisation_id, service, hourly, currency, discount_percent, valid_from, valid_until
                        FROM ct_partner ORDER BY name, valid_from""")
                .query((rs, i) -> new Partner(rs.getLong("id"), rs.getString("name"), longOrNull(rs, "person_id"),
                        longOrNull(rs, "organisation_id"),
                        rs.getString("service") == null ? null : ServiceKind.valueOf(rs.getString("service")),
                        MoneySql.read(rs, "hourly", "currency"), rs.getBigDecimal("discount_percent"),
                        day(rs, "valid_from"), day(rs, "valid_until")))
                .list();
    }

    long insertPartner(Partner p, Instant at) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                        INSERT INTO ct_partner (name, person_id, organisation_id, service, hourly, currency, discount_percent,
                                                valid_from, valid_until, created_at)
                        VALUES (:n, :p, :o, :s, :h, :c, :d, :f, :u, :at)""")
                        .param("n", p.name()).param("p", p.personId()).param("o", p.organisationId())
                        .param("s", p.service() == null ? null : p.service().name()).param("d", p.discountPercent())
                        .param("f", date(p.validFrom())).param("u", date(p.validUntil())).param("at", Timestamp.from(at)),
                "h", "c", p.hourly())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    // --- opportunities

    private static Opportunity opportunity(ResultSet rs, int i) throws SQLException {
        return new Opportunity(rs.getLong("id"), rs.getString("title"), longOrNull(rs, "customer_id"), rs.getString("client_name"),
                ServiceKind.valueOf(rs.getString("service")), longOrNull(rs, "estimate_minutes"),
                MoneySql.read(rs, "estimate_amount", "currency"), Stage.valueOf(rs.getString("stage")), rs.getInt("chance"),
                day(rs, "expected_decision"), longOrNull(rs, "team_id"), rs.getString("notes"), rs.getString("lost_reason"),
                day(rs, "created_on"));
    }

    List<Opportunity> opportunities() {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM ct_opportunity ORDER BY id").query(ContractsStore::opportunity).list();
    }

    /** How many opportunities each stage holds (stages without any are absent). */
    java.util.Map<Stage, Long> countsByStage() {
        java.util.Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, COUNT(id) AS n FROM ct_opportunity GROUP BY stage")
                .query(rs -> { counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n")); });
        return counts;
    }

    /** In one query, the {@code perStage} newest opportunities of each stage, newest first. */
    List<Opportunity> newestPerStage(int perStage) {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM (SELECT " + OPPORTUNITY_COLUMNS
                        + ", ROW_NUMBER() OVER (PARTITION BY stage ORDER BY id DESC) AS rank_in_stage FROM ct_opportunity) ranked "
                        + "WHERE rank_in_stage <= :n ORDER BY id DESC")
                .param("n", perStage).query(ContractsStore::opportunity).list();
    }

    /** The next {@code limit} opportunities of a stage older than {@code beforeId}, newest first. */
    List<Opportunity> stageBefore(Stage stage, long beforeId, int limit) {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM ct_opportunity WHERE stage = :s AND id < :b ORDER BY id DESC LIMIT :n")
                .param("s", stage.name()).param("b", beforeId).param("n", limit).query(ContractsStore::opportunity).list();
    }

    /**
     * In one query, the opportunities a review from {@code since} to {@code today} speaks of: created since, changed
     * stage since, or open with their decision day passed.
     */
    List<Opportunity> opportunitiesForReview(LocalDate since, LocalDate today) {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM ct_opportunity WHERE created_on >= :s "
                        + "OR id IN (SELECT opportunity_id FROM ct_stage_change WHERE changed_on >= :s) "
                        + "OR (stage IN ('REQUEST', 'TRIAGE', 'ANALYSIS', 'QUOTE_SENT') AND expected_decision < :t) ORDER BY id")
                .param("s", date(since)).param("t", date(today)).query(ContractsStore::opportunity).list();
    }

    Optional<Opportunity> opportunity(long id) {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM ct_opportunity WHERE id = :id").param("id", id)
                .query(ContractsStore::opportunity).optional();
    }

    Optional<Opportunity> lockOpportunity(long id) {
        return jdbc.sql("SELECT " + OPPORTUNITY_COLUMNS + " FROM ct_opportunity WHERE id = :id FOR UPDATE").param("id", id)
                .query(ContractsStore::opportunity).optional();
    }

    long insertOpportunity(Opportunity o, Instant at) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                        INSERT INTO ct_opportunity (title, customer_id, client_name, service, estimate_minutes, estimate_amount,
                            currency, stage, chance, expected_decision, team_id, notes, lost_reason, created_on, created_at)
                        VALUES (:t, :cu, :cn, :s, :m, :a, :c, :st, :ch, :ed, :team, :notes, :lr, :on, :at)""")
                        .param("t", o.title()).param("cu", o.customerId()).param("cn", o.clientName())
                        .param("s", o.service().name()).param("m", o.estimateMinutes()).param("st", o.stage().name())
                        .param("ch", o.chance()).param("ed", date(o.expectedDecision())).param("team", o.teamId())
                        .param("notes", o.notes()).param("lr", o.lostReason()).param("on", date(o.createdOn()))
                        .param("at", Timestamp.from(at)),
                "a", "c", o.estimate())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateStage(Opportunity o) {
        jdbc.sql("UPDATE ct_opportunity SET stage = :st, chance = :ch, lost_reason = :lr, expected_decision = :ed WHERE id = :id")
                .param("st", o.stage().name()).param("ch", o.chance()).param("lr", o.lostReason())
                .param("ed", date(o.expectedDecision())).param("id", o.id()).update();
    }

    void insertStageChange(long opportunityId, Stage from, Stage to, LocalDate on, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO ct_stage_change (opportunity_id, from_stage, to_stage, changed_on, changed_by, changed_at)
                        VALUES (:o, :f, :t, :on, :by, :at)""")
                .param("o", opportunityId).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("on", date(on)).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static Pipeline.StageChange change(ResultSet rs, int i) throws SQLException {
        String from = rs.getString("from_stage");
        return new Pipeline.StageChange(rs.getLong("opportunity_id"), from == null ? null : Stage.valueOf(from),
                Stage.valueOf(rs.getString("to_stage")), day(rs, "changed_on"), rs.getString("changed_by"));
    }

    List<Pipeline.StageChange> changesSince(LocalDate since) {
        return jdbc.sql("SELECT opportunity_id, from_stage, to_stage, changed_on, changed_by FROM ct_stage_change "
                        + "WHERE changed_on >= :s ORDER BY changed_at, id")
                .param("s", date(since)).query(ContractsStore::change).list();
    }

    List<Pipeline.StageChange> history(long opportunityId) {
        return jdbc.sql("SELECT opportunity_id, from_stage, to_stage, changed_on, changed_by FROM ct_stage_change "
                        + "WHERE opportunity_id = :o ORDER BY changed_at, id")
                .param("o", opportunityId).query(ContractsStore::change).list();
    }

    // --- contracts

    private static Contract contract(ResultSet rs, int i) throws SQLException {
        Long budget = longOrNull(rs, "budget_minutes");
        return new Contract(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getLong("customer_id"),
                longOrNull(rs, "opportunity_id"), longOrNull(rs, "document_id"), longOrNull(rs, "team_id"),
                ServiceKind.valueOf(rs.getString("service")), BillingMode.valueOf(rs.getString("mode")),
                MoneySql.read(rs, "hourly", "currency"), budget, MoneySql.read(rs, "budget_amount", "currency"),
                day(rs, "starts_on"), day(rs, "ends_on"), rs.getLong("activity_id"), longOrNull(rs, "freelancer_id"),
                rs.getBigDecimal("share_percent"));
    }

    List<Contract> contracts() {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM ct_contract ORDER BY starts_on DESC, id DESC")
                .query(ContractsStore::contract).list();
    }

    Optional<Contract> contract(long id) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM ct_contract WHERE id = :id").param("id", id)
                .query(ContractsStore::contract).optional();
    }

    Optional<Contract> lockContract(long id) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM ct_contract WHERE id = :id FOR UPDATE").param("id", id)
                .query(ContractsStore::contract).optional();
    }

    /** Every contract's activity with the contract's service kind. */
    java.util.Map<Long, ServiceKind> activityServiceKinds() {
        java.util.Map<Long, ServiceKind> out = new java.util.HashMap<>();
        jdbc.sql("SELECT activity_id, service FROM ct_contract").query(rs -> {
            out.put(rs.getLong("activity_id"), ServiceKind.valueOf(rs.getString("service")));
        });
        return out;
    }

    Optional<Contract> contractOfActivity(long activityId) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM ct_contract WHERE activity_id = :a").param("a", activityId)
                .query(ContractsStore::contract).optional();
    }

    Optional<Contract> contractMadeFrom(long opportunityId) {
        return jdbc.sql("SELECT " + CONTRACT_COLUMNS + " FROM ct_contract WHERE opportunity_id = :o").param("o", opportunityId)
                .query(ContractsStore::contract).optional();
    }

    boolean contractOfOpportunity(long opportunityId) {
        return jdbc.sql("SELECT COUNT(id) FROM ct_contract WHERE opportunity_id = :o").param("o", opportunityId)
                .query(Long.class).single() > 0;
    }

    long insertContract(Contract c, Instant at) {
        var keys = new GeneratedKeyHolder();
        var spec = jdbc.sql("""
                        INSERT INTO ct_contract (code, title, customer_id, opportunity_id, document_id, team_id, service, mode,
                            hourly, budget_minutes, budget_amount, currency, starts_on, ends_on, activity_id, freelancer_id,
                            share_percent, created_at)
                        VALUES (:code, :title, :cu, :opp, :doc, :team, :s, :mode, :h, :bm, :ba, :c, :from, :until, :act,
                            :fr, :share, :at)""")
                .param("code", c.code()).param("title", c.title()).param("cu", c.customerId()).param("opp", c.opportunityId())
                .param("doc", c.documentId()).param("team", c.teamId()).param("s", c.service().name())
                .param("mode", c.mode().name()).param("h", c.hourly() == null ? null : c.hourly().amount())
                .param("bm", c.budgetMinutes()).param("ba", c.budget() == null ? null : c.budget().amount())
                .param("c", "CAD").param("from", date(c.startsOn())).param("until", date(c.endsOn()))
                .param("act", c.activityId()).param("fr", c.freelancerId()).param("share", c.sharePercent())
                .param("at", Timestamp.from(at));
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    // --- milestones

    private static Milestone milestone(ResultSet rs, int i) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("label"),
                MoneySql.read(rs, "amount", "currency"), day(rs, "reached_on"), longOrNull(rs, "invoice_id"));
    }

    List<Milestone> milestones(long contractId) {
        return jdbc.sql("SELECT id, contract_id, label, amount, currency, reached_on, invoice_id FROM ct_milestone "
                        + "WHERE contract_id = :c ORDER BY id")
                .param("c", contractId).query(ContractsStore::milestone).list();
    }

    long insertMilestone(long contractId, String label, Money amount) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("INSERT INTO ct_milestone (contract_id, label, amount, currency) VALUES (:c, :l, :a, :cur)")
                .param("c", contractId).param("l", label), "a", "cur", amount).update(keys, "id");
        return keys.getKey().longValue();
    }

    void milestoneReached(long id, LocalDate on, long invoiceId) {
        jdbc.sql("UPDATE ct_milestone SET reached_on = :on, invoice_id = :inv WHERE id = :id")
                .param("on", date(on)).param("inv", invoiceId).param("id", id).update();
    }

    // --- invoices of contracts

    void insertInvoice(ContractInvoice i) {
        jdbc.sql("""
                        INSERT INTO ct_invoice (invoice_id, contract_id, number, issued_on, period_from, period_to, minutes, subtotal, currency)
                        VALUES (:i, :c, :n, :on, :f, :t, :m, :s, :cur)""")
                .param("i", i.invoiceId()).param("c", i.contractId()).param("n", i.number()).param("on", date(i.issuedOn()))
                .param("f", date(i.from())).param("t", date(i.to())).param("m", i.minutes())
                .param("s", i.subtotal().amount()).param("cur", i.subtotal().currency().getCurrencyCode()).update();
    }

    List<ContractInvoice> invoices() {
        return jdbc.sql("SELECT " + INVOICE_COLUMNS + " FROM ct_invoice ORDER BY issued_on, invoice_id")
                .query(ContractsStore::invoice).list();
    }

    private static final String INVOICE_COLUMNS =
            "invoice_id, contract_id, number, issued_on, period_from, period_to, minutes, subtotal, currency, credited, cancelled_by";

    private static ContractInvoice invoice(ResultSet rs, int i) throws SQLException {
        return new ContractInvoice(rs.getLong("invoice_id"), rs.getLong("contract_id"), rs.getString("number"),
                day(rs, "issued_on"), day(rs, "period_from"), day(rs, "period_to"), rs.getLong("minutes"),
                MoneySql.read(rs, "subtotal", "currency"), MoneySql.read(rs, "credited", "currency"), rs.getString("cancelled_by"));
    }

    /** A contract's invoice, locked (a credit note on it is being recorded). */
    Optional<ContractInvoice> lockInvoice(long invoiceId) {
        return jdbc.sql("SELECT " + INVOICE_COLUMNS + " FROM ct_invoice WHERE invoice_id = :i FOR UPDATE").param("i", invoiceId)
                .query(ContractsStore::invoice).optional();
    }

    void credit(long invoiceId, Money amount, String cancelledBy) {
        jdbc.sql("UPDATE ct_invoice SET credited = credited + :a, cancelled_by = COALESCE(cancelled_by, :cn) WHERE invoice_id = :i")
                .param("a", amount.amount()).param("cn", cancelledBy).param("i", invoiceId).update();
    }

    // --- budget alerts

    /** Records that an alert level was sent; false when it already was. */
    boolean alertOnce(long contractId, int level, Instant at) {
        boolean sent = jdbc.sql("SELECT COUNT(contract_id) FROM ct_budget_alert WHERE contract_id = :c AND level = :l")
                .param("c", contractId).param("l", level).query(Long.class).single() > 0;
        if (sent) return false;
        jdbc.sql("INSERT INTO ct_budget_alert (contract_id, level, sent_at) VALUES (:c, :l, :at)")
                .param("c", contractId).param("l", level).param("at", Timestamp.from(at)).update();
        return true;
    }

    List<Integer> alertsSent(long contractId) {
        return jdbc.sql("SELECT level FROM ct_budget_alert WHERE contract_id = :c ORDER BY level").param("c", contractId)
                .query(Integer.class).list();
    }

    long nextContractNumber() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM ct_contract").query(Long.class).single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(id) FROM ct_contract WHERE code = :c").param("c", code).query(Long.class).single() > 0;
    }
}
