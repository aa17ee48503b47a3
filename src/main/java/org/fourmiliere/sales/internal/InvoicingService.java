package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Invoicing} for other modules: the same rules and paths as the sales pages and API. */
@Service
class InvoicingService implements Invoicing {

    private final SalesService sales;
    private final SalesStore store;

    InvoicingService(SalesService sales, SalesStore store) {
        this.sales = sales;
        this.store = store;
    }

    @Override
    public Optional<Customer> customer(long id) {
        return store.party(id).filter(Party::customer).map(p -> new Customer(p.id(), p.name(), p.kind(), p.province(),
                p.language(), p.email(), p.organisationId(), p.personId()));
    }

    @Override
    public List<Customer> customers() {
        return sales.customers().stream().map(p -> new Customer(p.id(), p.name(), p.kind(), p.province(), p.language(),
                p.email(), p.organisationId(), p.personId())).toList();
    }

    @Override
    public Priced draft(long customerId, LocalDate date, List<NewLine> lines) {
        Party p = store.party(customerId).filter(Party::customer)
                .orElseThrow(() -> new Problems.InvalidInput("customerId", "sales.party.unknown", customerId));
        Drafts.Draft d = Drafts.draft(Drafts.salesLines(lines), date, p.province(), p.exempt());
        return new Priced(0, "INVOICE", null, customerId, date, lines(d.lines()), taxes(d.taxes()), d.subtotal(),
                d.taxTotal(), d.total());
    }

    @Override
    @Transactional
    public Priced quote(NewDocument quote) {
        return priced(sales.quote(quote));
    }

    @Override
    @Transactional
    public Priced invoice(NewDocument invoice) {
        return priced(sales.invoice(invoice));
    }

    @Override
    public Optional<Priced> document(long id) {
        return store.document(id).map(InvoicingService::priced);
    }

    private static Priced priced(Document d) {
        return new Priced(d.id(), d.kind().name(), d.number(), d.partyId(), d.date(), lines(d.lines()), taxes(d.taxes()),
                d.subtotal(), d.taxTotal(), d.total());
    }

    private static List<PricedLine> lines(List<Line> lines) {
        // quantities and prices as written (12.5, 80.00), whether they come from a command or from NUMERIC(19,4) columns
        return lines.stream().map(l -> new PricedLine(l.description(), quantity(l.quantity()), price(l.unitPrice()), l.amount())).toList();
    }

    private static List<Tax> taxes(List<TaxCalculator.TaxAmount> taxes) {
        return taxes.stream().map(t -> new Tax(t.tax().name(), t.amount())).toList();
    }

    /** 12.5 whether written 12.5 or read as 12.5000. */
    private static java.math.BigDecimal quantity(java.math.BigDecimal n) {
        if (n == null) return null;
        java.math.BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** 80.00 whether written 80, 80.00 or read as 80.0000; 80.125 keeps its third decimal. */
    private static java.math.BigDecimal price(java.math.BigDecimal n) {
        if (n == null) return null;
        java.math.BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
