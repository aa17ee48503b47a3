package org.fourmiliere.sales.internal;

/** The kinds of documents, each numbered on its own per fiscal year with its prefix (e.g. F-2007-0042). */
public enum DocKind {
    QUOTE("D"), ORDER("C"), INVOICE("F"), CREDIT_NOTE("AV"), BILL("A");

    private final String prefix;

    DocKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The number of the {@code sequence}-th document of the fiscal year ending in {@code fiscalYear}. */
    public String number(int fiscalYear, int sequence) {
        return prefix + "-" + fiscalYear + "-" + String.format("%04d", sequence);
    }

    /** Whether the document is posted to the books when issued. */
    public boolean posted() {
        return this == INVOICE || this == CREDIT_NOTE || this == BILL;
    }
}
