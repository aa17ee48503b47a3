package org.fourmiliere.sales.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.accounting.Books;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.sales.CreditNoteIssued;
import org.fourmiliere.sales.DocumentIssued;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.NewParty;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.sales.PaymentRecorded;
import org.fourmiliere.sales.internal.Drafts.Draft;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales and purchases. Each write is one transaction: the rows it changes are locked (the kind's counter when a
 * number is taken, the party for a payment, the document for a write-off), the pure rules decide ({@link Drafts},
 * {@link TaxCalculator}, {@link Settlements}, {@link Postings}), the entry is posted through the books' API
 * ({@link Books}), the store writes, the audit trail records, an event is published. A document never changes once
 * issued; only what settles it and its status do.
 */
@Service
public class SalesService {

    /** The entity types of the audit trail. */
    public static final String AUDIT_PARTY = "sales_party", AUDIT_DOCUMENT = "sales_document", AUDIT_PAYMENT = "sales_payment";

    private final SalesStore store;
    private final Books books;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final MonthDay fiscalStart;

    SalesService(SalesStore store, Books books, MemberDirectory members, AuditTrail audit, ApplicationEventPublisher events,
                 MessageSource messages, Clock clock,
                 @Value("${fourmiliere.accounting.fiscal-year-start:09-01}") String fiscalStart) {
        this.store = store;
        this.books = books;
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.fiscalStart = MonthDay.parse("--" + fiscalStart);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    // --- customers and vendors

    /** Records a customer ({@code customer}) or a vendor; the registry's organisation or person gives the name when none is given. */
    @Transactional
    public Party createParty(NewParty c, boolean customer) {
        String name = c.name() == null || c.name().isBlank() ? null : c.name().trim();
        if (c.organisationId() != null && c.personId() != null) {
            throw new Problems.InvalidInput("personId", "sales.party.both");
        }
        if (c.organisationId() != null) {
            OrganisationRef o = members.organisation(c.organisationId())
                    .orElseThrow(() -> new Problems.InvalidInput("organisationId", "sales.party.unknown-organisation", c.organisationId()));
            if (name == null) name = o.name();
        }
        String email = c.email();
        String language = c.language();
        if (c.personId() != null) {
            PersonRef p = members.person(c.personId())
                    .orElseThrow(() -> new Problems.InvalidInput("personId", "sales.party.unknown-person", c.personId()));
            if (name == null) name = p.name();
            if (email == null) email = p.email();
            if (language == null) language = p.language();
        }
        if (name == null) throw new Problems.InvalidInput("name", "sales.party.name");
        Party p = new Party(0, name, c.kind(), c.province(), language == null ? "fr" : language, email, c.address(),
                c.termsDays() == null ? 30 : c.termsDays(), blankToNull(c.exemptionNumber()), c.organisationId(), c.personId(),
                customer, !customer);
        long id = store.insertParty(p, Instant.now(clock));
        Party saved = store.party(id).orElseThrow();
        audit.record(AUDIT_PARTY, id, customer ? "customer-created" : "vendor-created", null, partyView(saved));
        return saved;
    }

    public Party party(long id) {
        return store.party(id).orElseThrow(() -> new Problems.NotFound("sales.party.not-found", id));
    }

    public List<Party> customers() {
        return store.parties(true);
    }

    public List<Party> vendors() {
        return store.parties(false);
    }

    public Map<Long, Party> parties(java.util.Collection<Long> ids) {
        return store.parties(ids);
    }

    private Party customer(Long id, String field) {
        if (id == null) throw new Problems.InvalidInput(field, "sales.party.required");
        Party p = store.party(id).orElseThrow(() -> new Problems.InvalidInput(field, "sales.party.unknown", id));
        if (!p.customer()) throw new Problems.InvalidInput(field, "sales.party.not-customer", id);
        return p;
    }

    private Party vendor(Long id, String field) {
        if (id == null) throw new Problems.InvalidInput(field, "sales.party.required");
        Party p = store.party(id).orElseThrow(() -> new Problems.InvalidInput(field, "sales.party.unknown", id));
        if (!p.vendor()) throw new Problems.InvalidInput(field, "sales.party.not-vendor", id);
        return p;
    }

    // --- reading documents

    public Document document(long id) {
        return store.document(id).orElseThrow(() -> new Problems.NotFound("sales.document.not-found", id));
    }

    public Document document(long id, DocKind kind) {
        Document d = document(id);
        if (d.kind() != kind) throw new Problems.NotFound("sales.document.not-found", id);
        return d;
    }

    public List<Document> documents(DocKind kind, int limit) {
        return store.documents(kind, limit);
    }

    public List<Document> partyDocuments(long partyId) {
        return store.partyDocuments(partyId);
    }

    public List<Document> madeFrom(long sourceId, DocKind kind) {
        return store.madeFrom(sourceId, kind);
    }

    public List<Settlement> settlements(long documentId) {
        return store.settlements(documentId);
    }

    public List<AuditTrail.Event> history(long documentId) {
        return audit.history(AUDIT_DOCUMENT, documentId);
    }

    /** What remains to invoice on each line of an order. */
    public Map<Integer, java.math.BigDecimal> remaining(Document order) {
        return Drafts.remaining(order.lines(), store.linesMadeFrom(order.id(), DocKind.INVOICE));
    }

    // --- issuing

    /** A quote to a customer, valid until its validity date (30 days by default). */
    @Transactional
    public Document quote(NewDocument c) {
        Party p = customer(c.customerId(), "customerId");
        List<Line> lines = Drafts.salesLines(c.lines());
        Draft draft = Drafts.draft(lines, c.date(), p.province(), p.exempt());
        LocalDate valid = c.validUntil() == null ? c.date().plusDays(30) : c.validUntil();
        if (valid.isBefore(c.date())) throw new Problems.InvalidInput("validUntil", "sales.quote.valid-before");
        return issue(DocKind.QUOTE, p, c.date(), null, valid, DocStatus.SENT, null, draft, c.note(), null);
    }

    /** A quote refused by the customer. */
    @Transactional
    public Document refuse(long quoteId) {
        Document q = lock(quoteId, DocKind.QUOTE);
        if (q.status() != DocStatus.SENT) throw new Problems.Conflict("status", "sales.quote.not-sent", q.number());
        store.setStatus(q.id(), DocStatus.REFUSED);
        audit.record(AUDIT_DOCUMENT, q.id(), "refused", Map.of("status", q.status().name()), Map.of("status", "REFUSED"));
        return document(q.id());
    }

    /** The customer accepts a quote: it becomes a sales order with the same lines, dated {@code date} (today by default). */
    @Transactional
    public Document accept(long quoteId, LocalDate date) {
        Document q = lock(quoteId, DocKind.QUOTE);
        if (q.status() != DocStatus.SENT) throw new Problems.Conflict("status", "sales.quote.not-sent", q.number());
        LocalDate day = date == null ? today() : date;
        if (day.isBefore(q.date())) throw new Problems.InvalidInput("date", "sales.order.before-quote");
        if (q.validUntil() != null && day.isAfter(q.validUntil())) {
            throw new Problems.Conflict("date", "sales.quote.expired", q.number(), q.validUntil().toString());
        }
        Party p = party(q.partyId());
        store.setStatus(q.id(), DocStatus.ACCEPTED);
        audit.record(AUDIT_DOCUMENT, q.id(), "accepted", Map.of("status", q.status().name()), Map.of("status", "ACCEPTED"));
        Draft draft = Drafts.draft(q.lines(), day, p.province(), p.exempt());
        return issue(DocKind.ORDER, p, day, null, null, DocStatus.OPEN, q.id(), draft, q.note(), null);
    }

    /** A sales order taken directly, without a quote. */
    @Transactional
    public Document order(NewDocument c) {
        Party p = customer(c.customerId(), "customerId");
        List<Line> lines = Drafts.salesLines(c.lines());
        Draft draft = Drafts.draft(lines, c.date(), p.province(), p.exempt());
        return issue(DocKind.ORDER, p, c.date(), null, null, DocStatus.OPEN, null, draft, c.note(), null);
    }

    /**
     * Issues an invoice — directly, or from a sales order (the lines naming the order's lines, or none for all that
     * remains) — and posts it: receivables, revenue per department, taxes payable.
     */
    @Transactional
    public Document invoice(NewDocument c) {
        return issueInvoice(c).document();
    }

    /** An issued document with its party, as the issuing read it (so that no one reads it again). */
    public record Issued(Document document, Party party) {}

    /** {@link #invoice(NewDocument)}, answering the customer too. */
    @Transactional
    public Issued issueInvoice(NewDocument c) {
        Document order = null;
        Party p;
        List<NewLine> input = c.lines();
        if (c.orderId() != null) {
            order = store.lockDocument(c.orderId()).filter(d -> d.kind() == DocKind.ORDER)
                    .orElseThrow(() -> new Problems.InvalidInput("orderId", "sales.order.unknown", c.orderId()));
            if (c.customerId() != null && c.customerId() != order.partyId()) {
                throw new Problems.InvalidInput("customerId", "sales.order.other-customer");
            }
            if (order.status() != DocStatus.OPEN) throw new Problems.Conflict("orderId", "sales.order.fully-invoiced");
            if (c.date().isBefore(order.date())) throw new Problems.InvalidInput("date", "sales.invoice.before-order");
            p = party(order.partyId());
            input = Drafts.fromOrder(order.lines(), remaining(order), c.lines());
        } else {
            p = customer(c.customerId(), "customerId");
        }
        List<Line> lines = Drafts.salesLines(input);
        Draft draft = Drafts.draft(lines, c.date(), p.province(), p.exempt());
        LocalDate due = Drafts.due(c.date(), c.dueDate(), p.termsDays());
        Document d = issue(DocKind.INVOICE, p, c.date(), due, null, DocStatus.ISSUED, order == null ? null : order.id(), draft,
                c.note(), null);
        if (order != null && remaining(order).values().stream().allMatch(q -> q.signum() <= 0)) {
            store.setStatus(order.id(), DocStatus.INVOICED);
            audit.record(AUDIT_DOCUMENT, order.id(), "invoiced", Map.of("status", "OPEN"), Map.of("status", "INVOICED"));
        }
        return new Issued(d, p);
    }

    /**
     * A credit note on an invoice, whole (no lines) or partial, at the invoice's rates; it settles what the invoice
     * still owes and leaves the rest to the customer's credit.
     */
    @Transactional
    public Document creditNote(NewDocument c) {
        if (c.invoiceId() == null) throw new Problems.InvalidInput("invoiceId", "sales.credit.invoice");
        Document inv = store.lockDocument(c.invoiceId()).filter(d -> d.kind() == DocKind.INVOICE)
                .orElseThrow(() -> new Problems.InvalidInput("invoiceId", "sales.credit.invoice"));
        if (inv.status() == DocStatus.WRITTEN_OFF) throw new Problems.Conflict("invoiceId", "sales.credit.written-off", inv.number());
        if (c.date().isBefore(inv.date())) throw new Problems.InvalidInput("date", "sales.credit.before-invoice");
        Party p = party(inv.partyId());
        List<Line> lines = Drafts.salesLines(c.lines().isEmpty() ? Drafts.wholeInvoice(inv.lines()) : c.lines());
        Money credited = Money.zero(Money.CAD);
        Map<SalesTax, Money> taxCredited = new java.util.EnumMap<>(SalesTax.class);
        for (Document cn : store.madeFrom(inv.id(), DocKind.CREDIT_NOTE)) {
            credited = credited.plus(cn.total());
            for (TaxAmount t : store.taxes(cn.id())) taxCredited.merge(t.tax(), t.amount(), Money::plus);
        }
        Draft draft = Drafts.limitTaxes(Drafts.draft(lines, inv.date(), inv.province(), inv.exempt()), inv.taxes(), taxCredited);
        Drafts.refuseOverCredit(draft.total(), inv.total(), credited);
        Document cn = issue(DocKind.CREDIT_NOTE, p, c.date(), null, null, DocStatus.ISSUED, inv.id(), draft, c.note(), null);
        Money apply = min(cn.total(), inv.balance());
        if (apply.amount().signum() > 0) {
            store.insertSettlement(inv.id(), "CREDIT", c.date(), apply, null, cn.id(), cn.entryId());
            settle(inv, apply, c.date());
            store.settle(cn.id(), apply, apply.equals(cn.total()) ? c.date() : null);
        }
        events.publishEvent(new CreditNoteIssued(cn.id(), cn.number(), inv.id(), inv.number(), c.date(),
                credited.plus(cn.total()).equals(inv.total())));
        return document(cn.id());
    }

    /** A vendor's bill: expenses per account and department, input tax credits, payables. */
    @Transactional
    public Document bill(NewDocument c) {
        Party p = vendor(c.vendorId(), "vendorId");
        List<Line> lines = Drafts.billLines(c.lines());
        Draft draft = Drafts.draft(lines, c.date(), p.province(), false);
        LocalDate due = Drafts.due(c.date(), c.dueDate(), p.termsDays());
        return issue(DocKind.BILL, p, c.date(), due, null, DocStatus.ISSUED, null, draft, c.note(), c.vendorReference());
    }

    /**
     * Writes, numbers and posts a document, with its tax movements, audit and event. What needs no number is
     * written first; the number (the kind's counter row) and the posting (the books' lock row) come last, so that
     * these rows are held from there to the commit only (ADR 0901).
     */
    private Document issue(DocKind kind, Party p, LocalDate date, LocalDate due, LocalDate valid, DocStatus status, Long source,
                           Draft draft, String note, String vendorRef) {
        int year = FiscalYear.containing(date, fiscalStart).endYear();
        Document unnumbered = new Document(0, kind, null, p.id(), date, due, valid, status, p.language(), p.province(),
                kind != DocKind.BILL && p.exempt(), source, draft.subtotal(), draft.taxTotal(), draft.total(),
                Money.zero(Money.CAD), null, null, blankToNull(note), blankToNull(vendorRef), draft.lines(), draft.taxes());
        long id = store.insertDocument(unnumbered, Instant.now(clock));
        List<SalesStore.TaxMovement> movements = new ArrayList<>();
        for (TaxAmount t : draft.taxes()) {
            switch (kind) {
                case INVOICE -> movements.add(new SalesStore.TaxMovement(date, t.tax(), "COLLECTED", t.base(), t.amount()));
                case CREDIT_NOTE -> movements.add(new SalesStore.TaxMovement(date, t.tax(), "COLLECTED", neg(t.base()), neg(t.amount())));
                case BILL -> movements.add(new SalesStore.TaxMovement(date, t.tax(), "PAID", t.base(), t.amount()));
                default -> { }
            }
        }
        store.insertTaxMovements(id, movements);
        String number = kind.number(year, store.takeNumber(kind, year));
        Document d = withNumber(unnumbered, id, number);
        Long entryId = null;
        if (kind.posted() && draft.total().amount().signum() != 0) {
            String description = journalText("sales.journal." + kind.name().toLowerCase(Locale.ROOT), number, p.name(),
                    vendorRef == null ? "" : vendorRef);
            entryId = books.post(switch (kind) {
                case INVOICE -> Postings.invoice(d, p, description);
                case CREDIT_NOTE -> Postings.creditNote(d, p, description);
                default -> Postings.bill(d, p, description);
            });
        }
        store.setNumber(id, number, entryId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", number);
        view.put("party", p.name());
        view.put("date", date);
        view.put("total", draft.total().amount());
        view.put("entry", entryId);
        audit.record(AUDIT_DOCUMENT, id, "issued", null, view);
        events.publishEvent(new DocumentIssued(id, kind.name(), number, date, entryId));
        return withEntry(d, entryId);
    }

    // --- payments

    /** A payment received from a customer or made to a vendor, spread over their open documents. */
    @Transactional
    public Payment pay(NewPayment c) {
        boolean received = c.customerId() != null;
        if (received && c.vendorId() != null) throw new Problems.InvalidInput("vendorId", "sales.payment.both");
        Party p = received ? customer(c.customerId(), "customerId") : vendor(c.vendorId(), "vendorId");
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().stripTrailingZeros().scale() > 2) {
            throw new Problems.InvalidInput("amount", "sales.form.amount");
        }
        store.lockParty(p.id());
        Money amount = Money.cad(c.amount());
        DocKind kind = received ? DocKind.INVOICE : DocKind.BILL;
        List<Document> open = store.openDocuments(p.id(), kind).stream().filter(d -> !d.date().isAfter(c.date())).toList();
        Settlements.Plan plan = Settlements.plan(amount, c.allocations(), open);
        String reference = blankToNull(c.reference());
        String description = journalText(received ? "sales.journal.payment-received" : "sales.journal.payment-made",
                p.name(), reference == null ? "" : reference);
        long entryId = books.post(received
                ? Postings.paymentReceived(c.date(), c.method(), amount, p, description, reference)
                : Postings.paymentMade(c.date(), c.method(), amount, p, description, reference));
        long id = store.insertPayment(received, p.id(), c.date(), c.method(), amount, plan.unallocated(), reference, entryId,
                Instant.now(clock));
        for (Settlements.Part part : plan.parts()) {
            Document d = store.lockDocument(part.documentId()).orElseThrow();
            // the plan was made before this lock: a write-off or credit note committed since is not paid over
            if (!d.open() || part.amount().compareTo(d.balance()) > 0) {
                throw new Problems.Conflict("allocations", "sales.payment.changed", d.number());
            }
            store.insertSettlement(d.id(), "PAYMENT", c.date(), part.amount(), id, null, entryId);
            settle(d, part.amount(), c.date());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("party", p.name());
        view.put("date", c.date());
        view.put("amount", amount.amount());
        view.put("method", c.method().name());
        view.put("unallocated", plan.unallocated().amount());
        audit.record(AUDIT_PAYMENT, id, received ? "received" : "made", null, view);
        events.publishEvent(new PaymentRecorded(id, received, c.date(), entryId));
        return store.payment(id).orElseThrow();
    }

    public Payment payment(long id) {
        return store.payment(id).orElseThrow(() -> new Problems.NotFound("sales.payment.not-found", id));
    }

    public List<Payment> payments(boolean received, int limit) {
        return store.payments(received, limit);
    }

    public List<Settlement> settlementsOfPayment(long paymentId) {
        return store.settlementsOfPayment(paymentId);
    }

    // --- a customer's credit

    /** What the customer has to its credit on {@code day}: payments' leftovers and credit notes not yet applied. */
    public Money creditLeft(long partyId, LocalDate day) {
        Money sum = zero();
        for (SalesStore.CreditLeft c : store.creditsLeft(partyId, day)) sum = sum.plus(c.left());
        return sum;
    }

    /**
     * Applies the customer's credit (a payment's leftover, a credit note's) to an invoice, oldest credit first, up
     * to {@code amount} (all it can when null) and to what the invoice owes. No entry: the credit already sits in the
     * receivables under the customer's name, and the invoice's debt is settled by it.
     */
    @Transactional
    public Document applyCredit(long invoiceId, LocalDate date, java.math.BigDecimal amount) {
        Document first = document(invoiceId, DocKind.INVOICE);
        store.lockParty(first.partyId());
        Document inv = lock(invoiceId, DocKind.INVOICE);
        LocalDate day = date == null ? today() : date;
        if (!inv.open()) throw new Problems.Conflict("status", "sales.apply-credit.not-open", inv.number());
        if (day.isBefore(inv.date())) throw new Problems.InvalidInput("date", "sales.apply-credit.before-invoice");
        if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new Problems.InvalidInput("amount", "sales.form.amount");
        }
        List<SalesStore.CreditLeft> credits = store.creditsLeft(inv.partyId(), day);
        Money available = zero();
        for (SalesStore.CreditLeft c : credits) available = available.plus(c.left());
        if (available.amount().signum() == 0) throw new Problems.Conflict("invoiceId", "sales.apply-credit.none", day.toString());
        Money wanted = amount == null ? min(available, inv.balance()) : Money.cad(amount);
        if (wanted.compareTo(inv.balance()) > 0) {
            throw new Problems.InvalidInput("amount", "sales.apply-credit.over-balance", inv.balance().amount().toPlainString());
        }
        if (wanted.compareTo(available) > 0) {
            throw new Problems.InvalidInput("amount", "sales.apply-credit.over-credit", available.amount().toPlainString());
        }
        Money left = wanted;
        for (SalesStore.CreditLeft c : credits) {
            if (left.amount().signum() == 0) break;
            Money part = min(left, c.left());
            store.insertSettlement(inv.id(), "CREDIT", day, part, c.paymentId(), c.creditNoteId(), null);
            if (c.creditNoteId() != null) {
                Money settled = c.settled().plus(part);
                store.settle(c.creditNoteId(), settled, part.equals(c.left()) ? day : null);
            }
            left = left.minus(part);
        }
        settle(inv, wanted, day);
        audit.record(AUDIT_DOCUMENT, inv.id(), "credit-applied", null, Map.of("date", day, "amount", wanted.amount()));
        return document(inv.id());
    }

    // --- bad debts

    /** Writes off what an invoice still owes: to bad debts, the tax part back out of the taxes payable. */
    @Transactional
    public Document writeOff(long invoiceId, LocalDate date) {
        Document inv = lock(invoiceId, DocKind.INVOICE);
        LocalDate day = date == null ? today() : date;
        if (!inv.open()) throw new Problems.Conflict("status", "sales.write-off.not-open", inv.number());
        if (day.isBefore(inv.date())) throw new Problems.InvalidInput("date", "sales.write-off.before-invoice");
        Party p = party(inv.partyId());
        Money balance = inv.balance();
        Postings.WriteOffSplit split = Postings.split(inv, balance);
        long entryId = books.post(Postings.writeOff(inv, p, day, balance, split,
                journalText("sales.journal.write-off", inv.number(), p.name(), "")));
        store.insertSettlement(inv.id(), "WRITE_OFF", day, balance, null, null, entryId);
        settle(inv, balance, day);
        store.setStatus(inv.id(), DocStatus.WRITTEN_OFF);
        store.insertTaxMovements(inv.id(), split.taxes().entrySet().stream().map(e -> new SalesStore.TaxMovement(day, e.getKey(),
                "COLLECTED", neg(split.bases().get(e.getKey())), neg(e.getValue()))).toList());
        audit.record(AUDIT_DOCUMENT, inv.id(), "written-off", null, Map.of("date", day, "amount", balance.amount(), "entry", entryId));
        return document(inv.id());
    }

    /** A written-off invoice is owed again (the customer pays after all): the write-off is reversed on that day. */
    @Transactional
    public Document recover(long invoiceId, LocalDate date) {
        Document inv = lock(invoiceId, DocKind.INVOICE);
        LocalDate day = date == null ? today() : date;
        if (inv.status() != DocStatus.WRITTEN_OFF) throw new Problems.Conflict("status", "sales.recovery.not-written-off", inv.number());
        Settlement w = store.settlements(inv.id()).stream().filter(s -> s.kind().equals("WRITE_OFF"))
                .reduce((a, b) -> b).orElseThrow();
        if (day.isBefore(w.day())) throw new Problems.InvalidInput("date", "sales.recovery.before-write-off");
        long entryId = books.reverse(w.entryId(), day);
        store.insertSettlement(inv.id(), "RECOVERY", day, neg(w.amount()), null, null, entryId);
        store.settle(inv.id(), inv.settled().minus(w.amount()), null);
        store.setStatus(inv.id(), DocStatus.ISSUED);
        Postings.WriteOffSplit split = Postings.split(inv, w.amount());
        store.insertTaxMovements(inv.id(), split.taxes().entrySet().stream().map(e -> new SalesStore.TaxMovement(day, e.getKey(),
                "COLLECTED", split.bases().get(e.getKey()), e.getValue())).toList());
        audit.record(AUDIT_DOCUMENT, inv.id(), "recovered", null, Map.of("date", day, "amount", w.amount().amount(), "entry", entryId));
        return document(inv.id());
    }

    // --- reports

    public Aging.Report aging(boolean receivables, LocalDate at) {
        return Aging.of(at, store.openAt(receivables ? DocKind.INVOICE : DocKind.BILL, at), store.creditsAt(receivables, at));
    }

    public record TaxLine(String tax, Money collected, Money paid, Money net, Money salesBase, Money purchasesBase) {}

    public record TaxReport(LocalDate from, LocalDate to, List<TaxLine> taxes, Money collected, Money paid, Money net) {}

    /** Per tax, what was collected on sales (less credit notes and write-offs), paid on purchases, and the net to remit. */
    public TaxReport taxReport(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "sales.report.period");
        Map<String, Money[]> sums = new LinkedHashMap<>();
        for (SalesTax t : SalesTax.values()) sums.put(t.name(), new Money[] {zero(), zero(), zero(), zero()});
        for (SalesStore.TaxSum s : store.taxSums(from, to)) {
            Money[] m = sums.get(s.tax());
            if (s.side().equals("COLLECTED")) { m[0] = m[0].plus(s.amount()); m[2] = m[2].plus(s.base()); }
            else { m[1] = m[1].plus(s.amount()); m[3] = m[3].plus(s.base()); }
        }
        List<TaxLine> lines = new ArrayList<>();
        Money c = zero(), pd = zero();
        for (var e : sums.entrySet()) {
            Money[] m = e.getValue();
            lines.add(new TaxLine(e.getKey(), m[0], m[1], m[0].minus(m[1]), m[2], m[3]));
            c = c.plus(m[0]);
            pd = pd.plus(m[1]);
        }
        return new TaxReport(from, to, lines, c, pd, c.minus(pd));
    }

    public record Statement(Party party, LocalDate from, LocalDate to, Money opening, List<StatementLine> lines, Money closing) {}

    public record StatementLine(LocalDate day, String kind, String number, long id, Money charge, Money credit, Money balance) {}

    /** What the customer owed at the start, each document, payment and write-off in the period, and what they owe at the end. */
    public Statement statement(long partyId, LocalDate from, LocalDate to) {
        Party p = party(partyId);
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "sales.report.period");
        Money opening = store.balanceBefore(partyId, from);
        Money balance = opening;
        List<StatementLine> lines = new ArrayList<>();
        for (SalesStore.StatementRow r : store.statement(partyId, from, to)) {
            balance = balance.plus(r.charge()).minus(r.credit());
            lines.add(new StatementLine(r.day(), r.kind(), r.number(), r.id(), r.charge(), r.credit(), balance));
        }
        return new Statement(p, from, to, opening, lines, balance);
    }

    // --- helpers

    private Document lock(long id, DocKind kind) {
        return store.lockDocument(id).filter(d -> d.kind() == kind)
                .orElseThrow(() -> new Problems.NotFound("sales.document.not-found", id));
    }

    /** Adds {@code amount} to what settles {@code d}; fully settled, it is closed on the latest settlement's day. */
    private void settle(Document d, Money amount, LocalDate day) {
        Money settled = d.settled().plus(amount);
        LocalDate on = null;
        if (settled.compareTo(d.total()) >= 0) {
            on = day;
            for (Settlement s : store.settlements(d.id())) if (s.day().isAfter(on)) on = s.day();
        }
        store.settle(d.id(), settled, on);
    }

    private String journalText(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH).trim();
    }

    private static Document withNumber(Document d, long id, String number) {
        return new Document(id, d.kind(), number, d.partyId(), d.date(), d.dueDate(), d.validUntil(), d.status(),
                d.language(), d.province(), d.exempt(), d.sourceId(), d.subtotal(), d.taxTotal(), d.total(), d.settled(),
                d.settledOn(), d.entryId(), d.note(), d.vendorReference(), d.lines(), d.taxes());
    }

    private static Document withEntry(Document d, Long entryId) {
        return new Document(d.id(), d.kind(), d.number(), d.partyId(), d.date(), d.dueDate(), d.validUntil(), d.status(),
                d.language(), d.province(), d.exempt(), d.sourceId(), d.subtotal(), d.taxTotal(), d.total(), d.settled(),
                d.settledOn(), entryId, d.note(), d.vendorReference(), d.lines(), d.taxes());
    }

    private static Map<String, Object> partyView(Party p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("kind", p.kind().name());
        m.put("province", p.province());
        m.put("language", p.language());
        m.put("email", p.email());
        m.put("termsDays", p.termsDays());
        m.put("exemptionNumber", p.exemptionNumber());
        return m;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money neg(Money m) {
        return Money.zero(Money.CAD).minus(m);
    }

    private static Money zero() {
        return Money.zero(Money.CAD);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
