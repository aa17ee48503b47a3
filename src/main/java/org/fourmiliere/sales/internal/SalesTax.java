package org.fourmiliere.sales.internal;

/** A tax the collective charges or pays: the federal GST, Québec's QST, the harmonized HST of other provinces. */
public enum SalesTax {
    GST("2310", "1410"),
    QST("2320", "1420"),
    HST("2330", "1430");

    private final String payableAccount;
    private final String receivableAccount;

    SalesTax(String payableAccount, String receivableAccount) {
        this.payableAccount = payableAccount;
        this.receivableAccount = receivableAccount;
    }

    /** The liability account the tax collected on sales goes to. */
    public String payableAccount() {
        return payableAccount;
    }

    /** The asset account the input tax credits of purchases go to. */
    public String receivableAccount() {
        return receivableAccount;
    }
}
