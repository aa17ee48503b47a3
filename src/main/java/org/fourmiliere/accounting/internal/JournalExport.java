package org.fourmiliere.accounting.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the whole journal in the plain-text format that hledger and ledger-cli read, oldest first. */
@Service
public class JournalExport {

    private final JdbcTemplate streaming;
    private final ChartOfAccounts chart;

    JournalExport(DataSource dataSource, ChartOfAccounts chart) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
        this.chart = chart;
    }

    /** Answers the number of entries written. */
    @Transactional(readOnly = true)
    public long export(Writer out) {
        var index = chart.index();
        long[] count = {0};
        Object[] current = {null, null, null, null};
        List<LedgerText.Posting> postings = new ArrayList<>();
        try {
            out.write("; the books of the collective, exported by Fourmilière; amounts in CAD\n\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        streaming.query("""
                SELECT e.id, e.entry_date, e.reference, e.description, l.account_id, l.amount, l.department_id, l.party
                FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
                ORDER BY e.entry_date, e.id, l.line_no""",
                rs -> {
                    long id = rs.getLong(1);
                    if (current[0] == null || (long) current[0] != id) {
                        if (current[0] != null) {
                            LedgerText.write(out, (java.time.LocalDate) current[1], (String) current[2], (String) current[3], postings);
                            count[0]++;
                        }
                        postings.clear();
                        current[0] = id;
                        current[1] = rs.getDate(2).toLocalDate();
                        current[2] = rs.getString(3);
                        current[3] = rs.getString(4);
                    }
                    LedgerAccount a = index.account(rs.getLong(5));
                    long dept = rs.getLong(7);
                    boolean hasDept = !rs.wasNull();
                    String department = hasDept && (a.departmentId() == null || a.departmentId() != dept)
                            ? index.department(dept).code() : null;
                    postings.add(new LedgerText.Posting(0, a.ledgerName(), rs.getBigDecimal(6), department, rs.getString(8)));
                });
        if (current[0] != null) {
            LedgerText.write(out, (java.time.LocalDate) current[1], (String) current[2], (String) current[3], postings);
            count[0]++;
        }
        return count[0];
    }
}
