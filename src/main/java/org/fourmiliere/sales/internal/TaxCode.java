package org.fourmiliere.sales.internal;

/**
 * How a line is taxed. {@link #TAXABLE} lets the customer's province decide (Québec: GST and QST; a province with the
 * HST: HST once it applies there; elsewhere: GST); the others say it outright. {@link #EXEMPT} and {@link #ZERO_RATED}
 * carry no tax (a zero-rated supply still counts as taxable in the tax report's base; an exempt one does not).
 */
public enum TaxCode {
    TAXABLE, GST_QST, GST, HST, EXEMPT, ZERO_RATED
}
