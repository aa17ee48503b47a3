/**
 * The books (§9): chart of accounts, double-entry journal, periods, reports every worker can read, and
 * the hledger/ledger plain-text interchange.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting",
        allowedDependencies = {"shared", "accounts"})
package org.fourmiliere.accounting;
