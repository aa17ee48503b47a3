package org.fourmiliere.accounting.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the whole journal in the plain-text format that hledger and ledger-cli read, oldest first. */
@Service
public class JournalExport {

    private final JournalStore store;
    private final ChartOfAccounts chart;

    JournalExport(JournalStore store, ChartOfAccounts chart) {
        this.store = store;
        this.chart = chart;
    }

    /** Answers the number of entries written. */
    @Transactional(readOnly = true)
    public long export(Writer out) {
        var index = chart.index();
        long[] count = {0};
        JournalStore.JournalPosting[] current = {null};
        List<LedgerText.Posting> postings = new ArrayList<>();
        try {
            out.write("; the books of the collective, exported by Fourmilière; amounts in CAD\n\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store.forEachPosting(p -> {
            if (current[0] == null || current[0].entryId() != p.entryId()) {
                if (current[0] != null) {
                    write(out, current[0], postings);
                    count[0]++;
                }
                postings.clear();
                current[0] = p;
            }
            LedgerAccount a = index.account(p.accountId());
            String department = p.departmentId() != null && (a.departmentId() == null || !a.departmentId().equals(p.departmentId()))
                    ? index.department(p.departmentId()).code() : null;
            postings.add(new LedgerText.Posting(0, a.ledgerName(), p.amount(), department, p.party()));
        });
        if (current[0] != null) {
            write(out, current[0], postings);
            count[0]++;
        }
        return count[0];
    }

    private static void write(Writer out, JournalStore.JournalPosting head, List<LedgerText.Posting> postings) {
        LedgerText.write(out, head.date(), head.reference(), head.description(), postings);
    }
}
