package org.fourmiliere.contracts;

/** Where an opportunity stands: open from a request to a quote sent, then closed as won, lost or abandoned. */
public enum Stage {
    REQUEST, TRIAGE, ANALYSIS, QUOTE_SENT, WON, LOST, ABANDONED;

    public boolean open() {
        return ordinal() <= QUOTE_SENT.ordinal();
    }
}
