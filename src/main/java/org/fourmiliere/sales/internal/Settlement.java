package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import org.fourmiliere.shared.Money;

/**
 * What settled part of a document on a day: a PAYMENT, a CREDIT (credit note), a WRITE_OFF, or a RECOVERY (negative:
 * the written-off amount owed again), with the journal entry that carried it.
 */
public record Settlement(long id, long documentId, String kind, LocalDate day, Money amount, Long paymentId, Long creditId,
                         Long entryId) {}
