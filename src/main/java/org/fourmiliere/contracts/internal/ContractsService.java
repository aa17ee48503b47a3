package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.Commands.BillHours;
import org.fourmiliere.contracts.Commands.GridQuote;
import org.fourmiliere.contracts.Commands.Grouping;
import org.fourmiliere.contracts.Commands.NewContract;
import org.fourmiliere.contracts.Commands.NewMilestone;
import org.fourmiliere.contracts.Commands.NewPartner;
import org.fourmiliere.contracts.Commands.NewRate;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.BillableTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate grid and partner agreements, quotes priced from them, contracts with their activity, billing of hours
 * and milestones, the collective's share and profitability. Writes are audited; SQL is {@link ContractsStore}'s.
 */
@Service
public class ContractsService {

    public static final String AUDIT_RATE = "contract_rate", AUDIT_PARTNER = "contract_partner", AUDIT_CONTRACT = "contract";

    private final ContractsStore store;
    private final Invoicing invoicing;
    private final BillableTime time;
    private final MemberDirectory members;
    private final BodyDirectory bodies;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ContractsService(ContractsStore store, Invoicing invoicing, BillableTime time, MemberDirectory members,
                     BodyDirectory bodies, MessageSource messages, AuditTrail audit, Clock clock) {
        this.store = store;
        this.invoicing = invoicing;
        this.time = time;
        this.members = members;
        this.bodies = bodies;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.ZONE));
    }

    // --- the grid and partners

    public Rate.Grid grid() {
        return new Rate.Grid(store.rates());
    }

    /** Sets a rate from a day; setting the same service, kind and day again replaces it. Documents issued keep their prices. */
    @Transactional
    public Rate setRate(NewRate r) {
        Money hourly = Money.cad(r.hourly());
        store.lockRates();
        if (store.rateExists(r.service(), r.clientKind(), r.effectiveFrom())) {
            store.replaceRate(r.service(), r.clientKind(), r.effectiveFrom(), hourly);
        } else {
            store.insertRate(r.service(), r.clientKind(), r.effectiveFrom(), hourly, Instant.now(clock));
        }
        Rate saved = store.rates().stream().filter(x -> x.service() == r.service() && x.clientKind() == r.clientKind()
                && x.effectiveFrom().equals(r.effectiveFrom())).findFirst().orElseThrow();
        audit.record(AUDIT_RATE, saved.id(), "set", null, Map.of("service", r.service().name(), "clientKind",
                r.clientKind().name(), "from", r.effectiveFrom().toString(), "hourly", hourly.amount()));
        return saved;
    }

    public List<Partner> partners() {
        return store.partners();
    }

    @Transactional
    public Partner addPartner(NewPartner c) {
        if (c.personId() != null && members.person(c.personId()).isEmpty()) {
            throw new Problems.InvalidInput("personId", "contracts.person.unknown", c.personId());
        }
        if (c.organisationId() != null && members.organisation(c.organisationId()).isEmpty()) {
            throw new Problems.InvalidInput("organisationId", "contracts.organisation.unknown", c.organisationId());
        }
        Partner p = Partner.of(c.name().trim(), c.personId(), c.organisationId(), c.service(),
                c.hourly() == null ? null : Money.cad(c.hourly()), c.discountPercent(), c.validFrom(), c.validUntil());
        long id = store.insertPartner(p, Instant.now(clock));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", p.name());
        f.put("hourly", p.hourly() == null ? null : p.hourly().amount());
        f.put("discountPercent", p.discountPercent());
        f.put("validFrom", p.validFrom().toString());
        f.put("validUntil", p.validUntil() == null ? null : p.validUntil().toString());
        audit.record(AUDIT_PARTNER, id, "created", null, f);
        return store.partners().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** The hourly price for a customer on a day: the partner agreement in force for them, or the grid's rate for their kind. */
    public Money priceOf(Invoicing.Customer customer, ServiceKind service, LocalDate day, String field) {
        Money grid = grid().rateOn(service, customer.kind(), day).orElse(null);
        Money price = store.partners().stream()
                .filter(p -> p.covers(customer.personId(), customer.organisationId(), service, day))
                .max(Comparator.comparing(Partner::validFrom))
                .map(p -> p.price(grid))
                .orElse(grid);
        if (price == null) {
            throw new Problems.InvalidInput(field, "contracts.rate.none", service.name(), customer.kind().name(), day.toString());
        }
        return price;
    }

    /** Issues a quote whose lines are priced from the grid (or the customer's partner agreement) on its date. */
    @Transactional
    public Invoicing.Priced quoteFromGrid(GridQuote q) {
        Invoicing.Customer customer = customer(q.customerId(), "customerId");
        Locale locale = Locale.forLanguageTag("en".equals(customer.language()) ? "en" : "fr");
        List<NewLine> lines = new ArrayList<>();
        for (int i = 0; i < q.lines().size(); i++) {
            var l = q.lines().get(i);
            Money price = priceOf(customer, l.service(), q.date(), "lines[" + i + "].service");
            String text = l.description() == null || l.description().isBlank()
                    ? messages.getMessage("contracts.service." + l.service().name(), null, locale) : l.description().trim();
            lines.add(new NewLine(text, l.hours(), HoursBilling.UNIT, price.amount(), l.service().department(), null, null, null, null));
        }
        return invoicing.quote(new NewDocument(customer.id(), null, q.date(), null, null, null, null, null, q.note(), lines));
    }

    private Invoicing.Customer customer(Long id, String field) {
        if (id == null) throw new Problems.InvalidInput(field, "contracts.customer.required");
        return invoicing.customer(id).orElseThrow(() -> new Problems.InvalidInput(field, "contracts.customer.unknown", id));
    }

    // --- contracts

    public List<Contract> contracts() {
        return store.contracts();
    }

    public Contract contract(long id) {
        return store.contract(id).orElseThrow(() -> new Problems.NotFound("contracts.contract.not-found", id));
    }

    /** The contract made from an opportunity, if any. */
    public Optional<Contract> contractOfOpportunity(long opportunityId) {
        return store.contractMadeFrom(opportunityId);
    }

    public List<Milestone> milestones(long contractId) {
        contract(contractId);
        return store.milestones(contractId);
    }

    /** A contract from a won opportunity, an accepted quote's order, or directly; its activity is opened in the time tracker. */
    @Transactional
    public Contract create(NewContract c) {
        Long customerId = c.customerId();
        ServiceKind service = c.service();
        Long team = c.teamId();
        BigDecimal budgetHours = c.budgetHours();
        BigDecimal budgetAmount = c.budgetAmount();
        String title = c.title();
        if (c.opportunityId() != null) {
            Opportunity o = store.lockOpportunity(c.opportunityId())
                    .orElseThrow(() -> new Problems.InvalidInput("opportunityId", "contracts.opportunity.not-found", c.opportunityId()));
            if (o.stage() != Stage.WON) throw new Problems.Conflict("opportunityId", "contracts.contract.not-won", o.stage().name());
            if (store.contractOfOpportunity(o.id())) throw new Problems.Conflict("opportunityId", "contracts.contract.already");
            if (customerId == null) customerId = o.customerId();
            if (service == null) service = o.service();
            if (team == null) team = o.teamId();
            if (budgetHours == null && o.estimateMinutes() != null) {
                budgetHours = BigDecimal.valueOf(o.estimateMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            }
            if (budgetAmount == null && o.estimate().isPositive()) budgetAmount = o.estimate().amount();
            if (title == null || title.isBlank()) title = o.title();
        }
        if (c.documentId() != null) {
            Invoicing.Priced d = invoicing.document(c.documentId()).filter(x -> x.kind().equals("ORDER") || x.kind().equals("QUOTE"))
                    .orElseThrow(() -> new Problems.InvalidInput("documentId", "contracts.document.unknown", c.documentId()));
            if (customerId == null) customerId = d.customerId();
            else if (customerId != d.customerId()) throw new Problems.InvalidInput("documentId", "contracts.document.other-customer");
            if (budgetAmount == null) budgetAmount = d.subtotal().amount();
            if (title == null || title.isBlank()) title = d.number();
        }
        Invoicing.Customer customer = customer(customerId, "customerId");
        if (service == null) throw new Problems.InvalidInput("service", "contracts.service.required");
        if (team != null && bodies.body(team).isEmpty()) throw new Problems.InvalidInput("teamId", "contracts.team.unknown", team);
        if (c.freelancerId() != null && members.person(c.freelancerId()).isEmpty()) {
            throw new Problems.InvalidInput("freelancerId", "contracts.person.unknown", c.freelancerId());
        }
        LocalDate start = c.startsOn() == null ? today() : c.startsOn();
        if (c.endsOn() != null && c.endsOn().isBefore(start)) throw new Problems.InvalidInput("endsOn", "contracts.contract.dates");
        Money hourly = c.hourly() == null ? null : Money.cad(c.hourly());
        if (c.mode() == BillingMode.TIME_AND_MATERIALS && hourly == null) hourly = priceOf(customer, service, start, "hourly");
        if (title == null || title.isBlank()) title = customer.name();
        title = title.trim();
        if (title.length() > 200) title = title.substring(0, 200);
        Long budgetMinutes = budgetHours == null ? null
                : budgetHours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        String code = c.code() == null || c.code().isBlank() ? "CT-" + start.getYear() + "-" + store.nextContractNumber() : c.code().trim();
        if (store.codeTaken(code)) throw new Problems.Conflict("code", "contracts.contract.code-taken", code);
        long activity = time.openContractActivity(code, title, budgetMinutes);
        Contract draft = new Contract(0, code, title, customer.id(), c.opportunityId(), c.documentId(), team, service, c.mode(),
                hourly, budgetMinutes, budgetAmount == null ? null : Money.cad(budgetAmount), start, c.endsOn(), activity,
                c.freelancerId(), c.sharePercent() == null ? Contract.DEFAULT_SHARE : c.sharePercent());
        long id = store.insertContract(draft, Instant.now(clock));
        Contract saved = contract(id);
        audit.record(AUDIT_CONTRACT, id, "created", null, fields(saved));
        return saved;
    }

    private static Map<String, Object> fields(Contract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("customerId", c.customerId());
        m.put("mode", c.mode().name());
        m.put("hourly", c.hourly() == null ? null : c.hourly().amount());
        m.put("budgetMinutes", c.budgetMinutes());
        m.put("startsOn", c.startsOn().toString());
        m.put("activityId", c.activityId());
        m.put("sharePercent", c.sharePercent());
        return m;
    }

    // --- hours and budget

    /** Hours spent on a contract against its budget, and the alert levels sent. */
    public record BudgetStatus(long minutesSpent, Long budgetMinutes, Integer percent, List<Integer> alertsSent) {}

    public BudgetStatus budget(long contractId) {
        Contract c = contract(contractId);
        long spent = time.minutesOn(c.activityId());
        Integer pct = c.budgetMinutes() == null || c.budgetMinutes() == 0 ? null : (int) (spent * 100 / c.budgetMinutes());
        return new BudgetStatus(spent, c.budgetMinutes(), pct, store.alertsSent(contractId));
    }

    // --- billing from time

    /** The draft invoice of a period's billable unbilled hours: its lines and taxes, not issued. */
    public record DraftInvoice(Contract contract, LocalDate from, LocalDate to, Grouping grouping, int entries, long minutes,
                               List<NewLine> lines, Invoicing.Priced priced) {
        public boolean empty() {
            return lines.isEmpty();
        }
    }

    public DraftInvoice draft(long contractId, LocalDate from, LocalDate to, Grouping grouping, LocalDate date) {
        return draft(contract(contractId), from, to, grouping, date);
    }

    private DraftInvoice draft(Contract c, LocalDate from, LocalDate to, Grouping grouping, LocalDate date) {
        if (from == null) throw new Problems.InvalidInput("from", "contracts.period.required");
        if (to == null) throw new Problems.InvalidInput("to", "contracts.period.required");
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "contracts.period.invalid");
        if (c.mode() != BillingMode.TIME_AND_MATERIALS) throw new Problems.Conflict("mode", "contracts.bill.not-hourly", c.code());
        Grouping g = grouping == null ? Grouping.ACTIVITY : grouping;
        List<BillableTime.Unbilled> unbilled = time.unbilled(c.activityId(), from, to);
        Invoicing.Customer customer = customer(c.customerId(), "customerId");
        Locale locale = Locale.forLanguageTag("en".equals(customer.language()) ? "en" : "fr");
        Map<Long, String> names = new HashMap<>();
        if (g == Grouping.WORKER_DAY) {
            members.persons(unbilled.stream().map(BillableTime.Unbilled::workerId).distinct().toList())
                    .forEach(p -> names.put(p.id(), p.name()));
        }
        String code = time.activityCode(c.activityId());
        HoursBilling.Texts texts = new HoursBilling.Texts() {
            public String activity(String title, String activityCode, LocalDate f, LocalDate t) {
                return messages.getMessage("contracts.line.activity", new Object[] {title, activityCode, f.toString(), t.toString()}, locale);
            }

            public String day(String worker, LocalDate day, String activityCode) {
                return messages.getMessage("contracts.line.day", new Object[] {worker, day.toString(), activityCode}, locale);
            }
        };
        List<NewLine> lines = HoursBilling.lines(c, code, from, to, unbilled, g, id -> names.getOrDefault(id, "#" + id), texts);
        int entries = unbilled.stream().mapToInt(BillableTime.Unbilled::entries).sum();
        long minutes = unbilled.stream().mapToLong(BillableTime.Unbilled::minutes).sum();
        LocalDate day = date == null ? to : date;
        Invoicing.Priced priced = lines.isEmpty() ? null : invoicing.draft(c.customerId(), day, lines);
        return new DraftInvoice(c, from, to, g, entries, minutes, lines, priced);
    }

    /** Issues the invoice of a period's hours and marks those entries billed, in one transaction. */
    @Transactional
    public Invoicing.Priced billHours(long contractId, BillHours b) {
        Contract c = store.lockContract(contractId).orElseThrow(() -> new Problems.NotFound("contracts.contract.not-found", contractId));
        LocalDate date = b.date() == null ? b.to() : b.date();
        DraftInvoice d = draft(c, b.from(), b.to(), b.grouping(), date);
        if (d.empty()) throw new Problems.Conflict("from", "contracts.bill.nothing", b.from().toString(), b.to().toString());
        Invoicing.Priced invoice = invoicing.invoice(new NewDocument(c.customerId(), null, date, null, null, null, null, null,
                c.code(), d.lines()));
        BillableTime.Billed billed = time.markBilled(c.activityId(), b.from(), b.to(), invoice.number());
        if (billed.minutes() != d.minutes() || billed.entries() != d.entries()) {
            throw new Problems.Conflict("from", "contracts.bill.changed");
        }
        store.insertInvoice(new ContractInvoice(invoice.id(), c.id(), invoice.number(), date, b.from(), b.to(), d.minutes(),
                invoice.subtotal()));
        audit.record(AUDIT_CONTRACT, c.id(), "billed", null, Map.of("invoice", invoice.number(), "from", b.from().toString(),
                "to", b.to().toString(), "minutes", d.minutes(), "entries", d.entries()));
        return invoice;
    }

    // --- milestones

    @Transactional
    public Milestone addMilestone(long contractId, NewMilestone m) {
        Contract c = store.lockContract(contractId).orElseThrow(() -> new Problems.NotFound("contracts.contract.not-found", contractId));
        if (c.mode() != BillingMode.FIXED_PRICE) throw new Problems.Conflict("mode", "contracts.milestone.not-fixed", c.code());
        long id = store.insertMilestone(contractId, m.label().trim(), Money.cad(m.amount()));
        audit.record(AUDIT_CONTRACT, contractId, "milestone-added", null, Map.of("milestone", id, "label", m.label(),
                "amount", m.amount()));
        return store.milestones(contractId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** A milestone reached becomes an invoice line, issued on {@code date} (today by default). */
    @Transactional
    public Invoicing.Priced reachMilestone(long contractId, long milestoneId, LocalDate date) {
        Contract c = store.lockContract(contractId).orElseThrow(() -> new Problems.NotFound("contracts.contract.not-found", contractId));
        Milestone m = store.milestones(contractId).stream().filter(x -> x.id() == milestoneId).findFirst()
                .orElseThrow(() -> new Problems.NotFound("contracts.milestone.not-found", milestoneId));
        if (m.invoiceId() != null) throw new Problems.Conflict("milestoneId", "contracts.milestone.reached", m.label());
        LocalDate day = date == null ? today() : date;
        NewLine line = new NewLine(c.title() + " — " + m.label(), BigDecimal.ONE, null, m.amount().amount(),
                c.service().department(), null, null, time.activityCode(c.activityId()), null);
        Invoicing.Priced invoice = invoicing.invoice(new NewDocument(c.customerId(), null, day, null, null, null, null, null,
                c.code(), List.of(line)));
        store.milestoneReached(m.id(), day, invoice.id());
        store.insertInvoice(new ContractInvoice(invoice.id(), c.id(), invoice.number(), day, null, null, 0, invoice.subtotal()));
        audit.record(AUDIT_CONTRACT, c.id(), "milestone-reached", null, Map.of("milestone", m.id(), "invoice", invoice.number()));
        return invoice;
    }

    // --- share, freelancer's bill, profitability

    /** What a freelancer's contract brought and how it is shared; the freelancer's bill to prepare. */
    public record FreelancerBill(Contract contract, PersonRef freelancer, Money revenue, BigDecimal sharePercent,
                                 Money collective, Money freelancerPart, List<NewLine> lines) {}

    public FreelancerBill freelancerBill(long contractId) {
        Contract c = contract(contractId);
        if (c.freelancerId() == null) throw new Problems.Conflict("freelancerId", "contracts.freelancer.none", c.code());
        PersonRef who = members.person(c.freelancerId()).orElseThrow();
        Money revenue = revenue(c.id());
        Contract.Share s = c.share(revenue);
        Locale locale = Locale.forLanguageTag("en".equals(who.language()) ? "en" : "fr");
        String text = messages.getMessage("contracts.freelancer.line",
                new Object[] {c.code(), c.title(), BigDecimal.valueOf(100).subtract(c.sharePercent()).stripTrailingZeros().toPlainString()}, locale);
        List<NewLine> lines = s.freelancer().isPositive()
                ? List.of(new NewLine(text, BigDecimal.ONE, null, s.freelancer().amount(), c.service().department(), null, "EXEMPT", null, null))
                : List.of();
        return new FreelancerBill(c, who, revenue, c.sharePercent(), s.collective(), s.freelancer(), lines);
    }

    private Money revenue(long contractId) {
        Money r = Money.zero(Money.CAD);
        for (ContractInvoice i : store.invoices()) if (i.contractId() == contractId) r = r.plus(i.revenue());
        return r;
    }

    public Profitability profitability(long contractId) {
        return profitability(contract(contractId), store.invoices());
    }

    private Profitability profitability(Contract c, List<ContractInvoice> invoices) {
        Money revenue = Money.zero(Money.CAD);
        for (ContractInvoice i : invoices) if (i.contractId() == c.id()) revenue = revenue.plus(i.revenue());
        long minutes = time.minutesOn(c.activityId());
        Money wages = time.wageCost(time.paidMinutesPerDay(c.activityId()));
        Money freelancer = c.share(revenue).freelancer();
        return new Profitability(revenue, minutes, wages, freelancer);
    }

    /** Profitability summed by a key of the contracts (client, service). */
    public <K extends Comparable<? super K>> Map<K, Profitability> profitabilityBy(Function<Contract, K> key) {
        List<ContractInvoice> invoices = store.invoices();
        Map<K, Profitability> out = new TreeMap<>();
        for (Contract c : store.contracts()) out.merge(key.apply(c), profitability(c, invoices), Profitability::plus);
        return out;
    }
}
