package org.fourmiliere.sales;

import java.time.LocalDate;

/**
 * A credit note was issued on an invoice. {@code invoiceCancelled}: the credit notes on that invoice, this one included,
 * now credit its whole total (the invoice is cancelled, not only reduced). Published in the issuing transaction.
 */
public record CreditNoteIssued(long creditNoteId, String number, long invoiceId, String invoiceNumber, LocalDate date,
                               boolean invoiceCancelled) implements SalesEvent {}
