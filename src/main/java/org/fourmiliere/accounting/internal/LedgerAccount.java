package org.fourmiliere.accounting.internal;

import java.util.Locale;
import org.fourmiliere.accounting.AccountType;

/** An account of the chart: a code, a name in each language, a type, a parent, a default department. */
public record LedgerAccount(long id, String code, String ledgerName, String nameFr, String nameEn, AccountType type,
                            Long parentId, Long departmentId) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** Depth in the hierarchy, from the ledger name: "Assets" is 1, "Assets:Comptes clients" is 2. */
    public int depth() {
        int d = 1;
        for (int i = 0; i < ledgerName.length(); i++) if (ledgerName.charAt(i) == ':') d++;
        return d;
    }
}
