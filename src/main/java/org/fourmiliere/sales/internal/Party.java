package org.fourmiliere.sales.internal;

import org.fourmiliere.sales.ClientKind;

/** A customer or a vendor (or both): who they are, where (for the taxes), their language and terms. */
public record Party(long id, String name, ClientKind kind, String province, String language, String email,
                    String address, int termsDays, String exemptionNumber, Long organisationId, Long personId,
                    boolean customer, boolean vendor) {

    /** A customer with an exemption number pays no sales tax. */
    public boolean exempt() {
        return exemptionNumber != null && !exemptionNumber.isBlank();
    }

    /** The name as the journal's party column holds it (100 characters at most). */
    public String ledgerName() {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
