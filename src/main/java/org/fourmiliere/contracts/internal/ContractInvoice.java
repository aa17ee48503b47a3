package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import org.fourmiliere.shared.Money;

/**
 * An invoice issued for a contract, with the period and minutes of hours it billed (none for a milestone), what credit
 * notes took back from it (before taxes) and the credit note that cancelled it wholly, if one did.
 */
public record ContractInvoice(long invoiceId, long contractId, String number, LocalDate issuedOn, LocalDate from, LocalDate to,
                              long minutes, Money subtotal, Money credited, String cancelledBy) {

    public ContractInvoice(long invoiceId, long contractId, String number, LocalDate issuedOn, LocalDate from, LocalDate to,
                           long minutes, Money subtotal) {
        this(invoiceId, contractId, number, issuedOn, from, to, minutes, subtotal, Money.zero(subtotal.currency()), null);
    }

    /** The revenue it brings: its subtotal less what credit notes took back. */
    public Money revenue() {
        return subtotal.minus(credited);
    }
}
