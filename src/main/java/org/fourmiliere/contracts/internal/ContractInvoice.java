package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import org.fourmiliere.shared.Money;

/** An invoice issued for a contract, with the period and minutes of hours it billed (none for a milestone). */
public record ContractInvoice(long invoiceId, long contractId, String number, LocalDate issuedOn, LocalDate from, LocalDate to,
                              long minutes, Money subtotal) {}
