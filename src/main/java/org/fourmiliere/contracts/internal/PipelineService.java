package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.contracts.Commands.MoveStage;
import org.fourmiliere.contracts.Commands.NewOpportunity;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline: opportunities, their stages and history, the weighted pipeline, the weekly review. */
@Service
public class PipelineService {

    public static final String AUDIT_TYPE = "opportunity";

    private final ContractsStore store;
    private final Invoicing invoicing;
    private final BodyDirectory bodies;
    private final AuditTrail audit;
    private final Clock clock;

    PipelineService(ContractsStore store, Invoicing invoicing, BodyDirectory bodies, AuditTrail audit, Clock clock) {
        this.store = store;
        this.invoicing = invoicing;
        this.bodies = bodies;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.ZONE));
    }

    public List<Opportunity> all() {
        return store.opportunities();
    }

    /** The board: how many opportunities each stage holds and its {@code perStage} newest ones (two queries). */
    public record Board(Map<Stage, Long> counts, Map<Stage, List<Opportunity>> cards) {}

    public Board board(int perStage) {
        Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        Map<Stage, List<Opportunity>> cards = new java.util.EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0L);
            cards.put(s, new java.util.ArrayList<>());
        }
        counts.putAll(store.countsByStage());
        for (Opportunity o : store.newestPerStage(perStage)) cards.get(o.stage()).add(o);
        return new Board(counts, cards);
    }

    /** The next {@code limit} opportunities of a stage, older than {@code beforeId}, newest first. */
    public List<Opportunity> stageBefore(Stage stage, long beforeId, int limit) {
        return store.stageBefore(stage, beforeId, limit);
    }

    public Opportunity get(long id) {
        return store.opportunity(id).orElseThrow(() -> new Problems.NotFound("contracts.opportunity.not-found", id));
    }

    public List<Pipeline.StageChange> history(long id) {
        get(id);
        return store.history(id);
    }

    @Transactional
    public Opportunity create(NewOpportunity c, String by) {
        String client = c.clientName() == null || c.clientName().isBlank() ? null : c.clientName().trim();
        if (c.customerId() != null) {
            var customer = invoicing.customer(c.customerId())
                    .orElseThrow(() -> new Problems.InvalidInput("customerId", "contracts.customer.unknown", c.customerId()));
            if (client == null) client = customer.name();
        } else if (client == null) {
            throw new Problems.InvalidInput("clientName", "contracts.opportunity.client");
        }
        if (c.teamId() != null && bodies.body(c.teamId()).isEmpty()) {
            throw new Problems.InvalidInput("teamId", "contracts.team.unknown", c.teamId());
        }
        Long minutes = c.estimateHours() == null ? null
                : c.estimateHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        Money amount = Money.cad(c.estimateAmount() == null ? BigDecimal.ZERO : c.estimateAmount());
        LocalDate today = today();
        Opportunity o = new Opportunity(0, c.title().trim(), c.customerId(), client, c.service(), minutes, amount, Stage.REQUEST,
                c.chance() == null ? 50 : c.chance(), c.expectedDecision(), c.teamId(), c.notes(), null, today);
        long id = store.insertOpportunity(o, Instant.now(clock));
        store.insertStageChange(id, null, Stage.REQUEST, today, by, Instant.now(clock));
        Opportunity saved = get(id);
        audit.record(AUDIT_TYPE, id, "created", null, fields(saved));
        return saved;
    }

    @Transactional
    public Opportunity move(long id, MoveStage m, String by) {
        Opportunity before = store.lockOpportunity(id)
                .orElseThrow(() -> new Problems.NotFound("contracts.opportunity.not-found", id));
        Opportunity after = before.movedTo(m.stage(), m.chance(), m.lostReason(), m.expectedDecision());
        store.updateStage(after);
        if (after.stage() != before.stage()) {
            store.insertStageChange(id, before.stage(), after.stage(), today(), by, Instant.now(clock));
        }
        audit.record(AUDIT_TYPE, id, "moved", fields(before), fields(after));
        return after;
    }

    public Map<YearMonth, Map<Long, Money>> weighted() {
        return Pipeline.weightedByMonthAndTeam(store.opportunities());
    }

    /** What changed since the last review day (included) up to today. */
    public Pipeline.Review review(LocalDate since) {
        LocalDate today = today();
        if (since == null) since = today.minusDays(7);
        if (since.isAfter(today)) throw new Problems.InvalidInput("since", "contracts.review.future");
        return Pipeline.review(since, today, store.opportunitiesForReview(since, today), store.changesSince(since));
    }

    private static Map<String, Object> fields(Opportunity o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", o.title());
        m.put("stage", o.stage().name());
        m.put("chance", o.chance());
        m.put("estimate", o.estimate().amount());
        m.put("expectedDecision", o.expectedDecision() == null ? null : o.expectedDecision().toString());
        m.put("lostReason", o.lostReason());
        return m;
    }
}
