package org.fourmiliere.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.shared.Money;

/**
 * What another module may ask of sales to make documents from its own data (contracts billing hours): read a
 * customer, price lines with their taxes before issuing (a draft), issue a quote or an invoice, read what was issued.
 * Issuing joins the caller's transaction and publishes {@link DocumentIssued} like any other issuing.
 */
public interface Invoicing {

    /** A customer as others see it: its kind sets the indicative rates; organisation or person of the registry. */
    record Customer(long id, String name, ClientKind kind, String province, String language, String email,
                    Long organisationId, Long personId) {}

    /** A tax of a draft or a document: GST, QST or HST, and its amount. */
    record Tax(String code, Money amount) {}

    /** A line as priced: quantity × unit price = amount (before taxes). */
    record PricedLine(String description, java.math.BigDecimal quantity, java.math.BigDecimal unitPrice, Money amount) {}

    /** Lines with their taxes: a draft not yet issued ({@code id} 0, no number) or an issued document. */
    record Priced(long id, String kind, String number, long customerId, LocalDate date, List<PricedLine> lines,
                  List<Tax> taxes, Money subtotal, Money taxTotal, Money total) {}

    Optional<Customer> customer(long id);

    /** Every customer, by name. */
    List<Customer> customers();

    /** The lines priced and taxed for the customer on {@code date}, without issuing anything. */
    Priced draft(long customerId, LocalDate date, List<NewLine> lines);

    /** Issues a quote (same rules as {@code POST /api/v1/quotes}). */
    Priced quote(NewDocument quote);

    /** Issues an invoice and posts it (same rules as {@code POST /api/v1/invoices}). */
    Priced invoice(NewDocument invoice);

    /** A document as issued (its lines never change). */
    Optional<Priced> document(long id);
}
