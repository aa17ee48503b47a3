package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.shared.Money;

/**
 * A quote, order, invoice, credit note or bill as issued: its lines and taxes never change. What changes is what
 * settles it ({@code settled}, the day it was fully settled) and its status.
 */
public record Document(long id, DocKind kind, String number, long partyId, LocalDate date, LocalDate dueDate,
                       LocalDate validUntil, DocStatus status, String language, String province, boolean exempt,
                       Long sourceId, Money subtotal, Money taxTotal, Money total, Money settled, LocalDate settledOn,
                       Long entryId, String note, String vendorReference, List<Line> lines, List<TaxAmount> taxes) {

    /** What is still owed on it. */
    public Money balance() {
        return total.minus(settled);
    }

    public boolean open() {
        return balance().amount().signum() > 0 && status != DocStatus.WRITTEN_OFF;
    }

    public Document withLines(List<Line> lines, List<TaxAmount> taxes) {
        return new Document(id, kind, number, partyId, date, dueDate, validUntil, status, language, province, exempt,
                sourceId, subtotal, taxTotal, total, settled, settledOn, entryId, note, vendorReference, lines, taxes);
    }
}
