package org.fourmiliere.accounting;

/** The five kinds of accounts. Assets and expenses grow with debits; the others with credits. */
public enum AccountType {
    ASSET(1), LIABILITY(-1), EQUITY(-1), REVENUE(-1), EXPENSE(1);

    private final int normalSign;

    AccountType(int normalSign) {
        this.normalSign = normalSign;
    }

    /** +1 when a debit increases the account, -1 when a credit does. */
    public int normalSign() {
        return normalSign;
    }

    public boolean onBalanceSheet() {
        return this == ASSET || this == LIABILITY || this == EQUITY;
    }
}
