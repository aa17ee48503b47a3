package org.fourmiliere.sales.internal;

/**
 * Where a document stands: a quote is SENT, then ACCEPTED (turned into an order) or REFUSED; an order is OPEN until
 * every line is invoiced (INVOICED); invoices, credit notes and bills are ISSUED, an invoice may be WRITTEN_OFF.
 */
public enum DocStatus { SENT, ACCEPTED, REFUSED, OPEN, INVOICED, ISSUED, WRITTEN_OFF }
