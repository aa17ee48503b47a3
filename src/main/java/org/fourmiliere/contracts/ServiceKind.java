package org.fourmiliere.contracts;

/** What the collective sells (§10), each with the sales department its revenue goes to. */
public enum ServiceKind {
    WEB_DEVELOPMENT("WEBDEV"), DESIGN("DESIGN"), SYSADMIN("SYSADMIN"), TRAINING("TRAINING"), TRANSLATION("TRANSLATION"),
    HOSTING("HOSTING"), WIKI_FARM("HOSTING");

    private final String department;

    ServiceKind(String department) {
        this.department = department;
    }

    /** The sales department (and so the revenue account) of an invoice line for this service. */
    public String department() {
        return department;
    }
}
