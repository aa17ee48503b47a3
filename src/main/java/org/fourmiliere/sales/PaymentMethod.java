package org.fourmiliere.sales;

/** How a payment was made, which says the account the money goes to or comes from. */
public enum PaymentMethod {
    CHEQUE("1010"), TRANSFER("1010"), PAYPAL("1030"), CASH("1020");

    private final String account;

    PaymentMethod(String account) {
        this.account = account;
    }

    /** The asset account of the books the money is in. */
    public String account() {
        return account;
    }
}
