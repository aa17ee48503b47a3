package org.fourmiliere.members;

/** How dues were paid. */
public enum DuesMethod {
    CASH,
    CHEQUE,
    TRANSFER,
    PAYPAL,
    CARD,
    OTHER
}
