package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;

/** One posting of an entry: a signed amount (debit > 0, credit < 0) on an account (by code). */
public record EntryLine(String account, BigDecimal amount, String department, String party) {

    public EntryLine reversed() {
        return new EntryLine(account, amount.negate(), department, party);
    }
}
