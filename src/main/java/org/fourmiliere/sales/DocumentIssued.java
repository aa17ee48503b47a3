package org.fourmiliere.sales;

import java.time.LocalDate;

/** A document was issued: {@code kind} QUOTE, ORDER, INVOICE, CREDIT_NOTE or BILL, its number, and its journal entry (or null). */
public record DocumentIssued(long documentId, String kind, String number, LocalDate date, Long entryId) implements SalesEvent {}
