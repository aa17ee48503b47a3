package org.fourmiliere.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.sales.internal.Aging;
import org.fourmiliere.sales.internal.DocKind;
import org.fourmiliere.sales.internal.Document;
import org.fourmiliere.sales.internal.Line;
import org.fourmiliere.sales.internal.Party;
import org.fourmiliere.sales.internal.SalesService;
import org.fourmiliere.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The view records of the API and the pages. Amounts are strings with two decimals ("113.95"), so that no client
 * reads them as binary floating point.
 */
@Component
class SalesViews {

    record PartyView(long id, String name, String kind, String province, String language, String email, String address,
                     int termsDays, String exemptionNumber, Long organisationId, Long personId, boolean customer, boolean vendor) {}

    record LineView(int lineNo, String description, BigDecimal quantity, String unit, String unitPrice, String amount,
                    String department, String account, String taxCode, String activity, Integer orderLine) {}

    record TaxView(String code, String base, String rate, String amount) {}

    record DocumentView(long id, String kind, String number, Long customerId, Long vendorId, String party, LocalDate date,
                        LocalDate dueDate, LocalDate validUntil, String status, String language, String province, boolean exempt,
                        Long sourceId, String sourceNumber, List<LineView> lines, String subtotal, List<TaxView> taxes,
                        String taxTotal, String total, String settled, String balance, Long entryId, String note,
                        String vendorReference) {}

    record DocumentRow(long id, String kind, String number, long partyId, String party, LocalDate date, LocalDate dueDate,
                       String status, String total, String balance) {}

    record AllocationView(long documentId, String number, String amount) {}

    record PaymentView(long id, String direction, Long customerId, Long vendorId, String party, LocalDate date, String method,
                       String amount, String unallocated, String reference, Long entryId, List<AllocationView> allocations) {}

    record AgingDoc(long id, String number, LocalDate date, LocalDate dueDate, String balance) {}

    record AgingRow(long partyId, String party, String current, String days31to60, String days61to90, String over90,
                    String credit, String total, List<AgingDoc> documents) {}

    record AgingView(LocalDate at, List<AgingRow> rows, String current, String days31to60, String days61to90, String over90,
                     String credit, String total) {}

    record TaxLineView(String code, String collected, String paid, String net, String salesBase, String purchasesBase) {}

    record TaxReportView(LocalDate from, LocalDate to, List<TaxLineView> taxes, String collected, String paid, String net) {}

    record StatementLineView(LocalDate date, String kind, String number, long id, String charge, String credit, String balance) {}

    record StatementView(long customerId, String customer, LocalDate from, LocalDate to, String opening,
                         List<StatementLineView> lines, String closing) {}

    private final SalesService sales;

    SalesViews(SalesService sales) {
        this.sales = sales;
    }

    static String s(Money m) {
        return m == null ? null : m.amount().setScale(2).toPlainString();
    }

    static PartyView party(Party p) {
        return new PartyView(p.id(), p.name(), p.kind().name(), p.province(), p.language(), p.email(), p.address(),
                p.termsDays(), p.exemptionNumber(), p.organisationId(), p.personId(), p.customer(), p.vendor());
    }

    DocumentView document(long id) {
        return document(sales.document(id));
    }

    DocumentView document(Document d) {
        return document(d, sales.party(d.partyId()));
    }

    DocumentView document(Document d, Party p) {
        String sourceNumber = d.sourceId() == null ? null : sales.document(d.sourceId()).number();
        boolean bill = d.kind() == DocKind.BILL;
        return new DocumentView(d.id(), d.kind().name(), d.number(), bill ? null : p.id(), bill ? p.id() : null, p.name(),
                d.date(), d.dueDate(), d.validUntil(), d.status().name(), d.language(), d.province(), d.exempt(), d.sourceId(),
                sourceNumber, d.lines().stream().map(SalesViews::line).toList(), s(d.subtotal()),
                d.taxes().stream().map(t -> new TaxView(t.tax().name(), s(t.base()), t.rate().stripTrailingZeros().toPlainString(),
                        s(t.amount()))).toList(),
                s(d.taxTotal()), s(d.total()), s(d.settled()), s(d.balance()), d.entryId(), d.note(), d.vendorReference());
    }

    private static LineView line(Line l) {
        return new LineView(l.lineNo(), l.description(), l.quantity().stripTrailingZeros(), l.unit(),
                price(l.unitPrice()), s(l.amount()), l.department(),
                l.account(), l.taxCode().name(), l.activity(), l.sourceLine());
    }

    /** A unit price with two decimals at least, more when it has them (0.0125). */
    static String price(BigDecimal p) {
        BigDecimal stripped = p.stripTrailingZeros();
        return (stripped.scale() < 2 ? p.setScale(2, java.math.RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    List<DocumentRow> rows(List<Document> docs) {
        Set<Long> ids = new HashSet<>();
        docs.forEach(d -> ids.add(d.partyId()));
        Map<Long, Party> parties = sales.parties(ids);
        return docs.stream().map(d -> new DocumentRow(d.id(), d.kind().name(), d.number(), d.partyId(),
                parties.containsKey(d.partyId()) ? parties.get(d.partyId()).name() : "#" + d.partyId(), d.date(), d.dueDate(),
                d.status().name(), s(d.total()), s(d.balance()))).toList();
    }

    PaymentView payment(long id) {
        var p = sales.payment(id);
        Party party = sales.party(p.partyId());
        List<AllocationView> allocations = sales.settlementsOfPayment(id).stream()
                .map(s -> new AllocationView(s.documentId(), sales.document(s.documentId()).number(), s(s.amount()))).toList();
        return new PaymentView(p.id(), p.received() ? "RECEIVED" : "MADE", p.received() ? p.partyId() : null,
                p.received() ? null : p.partyId(), party.name(), p.date(), p.method().name(), s(p.amount()), s(p.unallocated()),
                p.reference(), p.entryId(), allocations);
    }

    List<PaymentView> payments(boolean received) {
        return sales.payments(received, 200).stream().map(p -> payment(p.id())).toList();
    }

    AgingView aging(Aging.Report r) {
        return aging(r, true);
    }

    /** The aging by party; with {@code details}, each party's open documents too. */
    AgingView aging(Aging.Report r, boolean details) {
        Set<Long> ids = new HashSet<>();
        r.rows().forEach(row -> ids.add(row.partyId()));
        Map<Long, Party> parties = sales.parties(ids);
        List<AgingRow> rows = r.rows().stream()
                .map(row -> new AgingRow(row.partyId(), parties.get(row.partyId()).name(), s(row.current()), s(row.days31to60()),
                        s(row.days61to90()), s(row.over90()), s(row.credit()), s(row.total()),
                        details ? row.documents().stream().map(o -> new AgingDoc(o.documentId(), o.number(), o.date(), o.dueDate(),
                                s(o.balance()))).toList() : List.<AgingDoc>of()))
                .sorted(java.util.Comparator.comparing(AgingRow::party, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new AgingView(r.at(), rows, s(r.current()), s(r.days31to60()), s(r.days61to90()), s(r.over90()), s(r.credit()),
                s(r.total()));
    }

    static TaxReportView taxes(SalesService.TaxReport r) {
        return new TaxReportView(r.from(), r.to(), r.taxes().stream()
                .map(t -> new TaxLineView(t.tax(), s(t.collected()), s(t.paid()), s(t.net()), s(t.salesBase()), s(t.purchasesBase())))
                .toList(), s(r.collected()), s(r.paid()), s(r.net()));
    }

    static StatementView statement(SalesService.Statement st) {
        return new StatementView(st.party().id(), st.party().name(), st.from(), st.to(), s(st.opening()),
                st.lines().stream().map(l -> new StatementLineView(l.day(), l.kind(), l.number(), l.id(), s(l.charge()),
                        s(l.credit()), s(l.balance()))).toList(), s(st.closing()));
    }
}
