package org.fourmiliere.sales;

import org.fourmiliere.shared.ModuleEvent;

/** What the sales module tells other modules: a document issued, a credit note on an invoice, a payment recorded. */
public sealed interface SalesEvent extends ModuleEvent permits DocumentIssued, CreditNoteIssued, PaymentRecorded {}
