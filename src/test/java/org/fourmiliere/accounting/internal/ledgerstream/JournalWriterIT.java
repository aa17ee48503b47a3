package org.fourmiliere.accounting.internal.ledgerstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import's writers store the same entries and lines: multi-row inserts (the reference, on both databases)
 * and, on PostgreSQL, COPY (the fast path). Texts with the characters COPY escapes, NULLs, departments, the
 * largest amounts. Everything is rolled back.
 */
@IntegrationTest
class JournalWriterIT {

    @Autowired
    DataSource dataSource;

    static List<JournalWriter.Head> entries(long receivables, long revenue, long department) {
        return List.of(
                new JournalWriter.Head(LocalDate.of(2052, 1, 2), "Facture\t« été »\\ 🐜\nsuite", "F-1\r", List.of(
                        new JournalWriter.Line(receivables, null, new BigDecimal("114.98"), "Org \"1\""),
                        new JournalWriter.Line(revenue, department, new BigDecimal("-100.00"), null),
                        new JournalWriter.Line(revenue, null, new BigDecimal("-14.98"), "\\N"))),
                new JournalWriter.Head(LocalDate.of(2052, 1, 3), "\\N", null, List.of(
                        new JournalWriter.Line(receivables, null, new BigDecimal("99999999999999999.99"), null),
                        new JournalWriter.Line(revenue, null, new BigDecimal("-99999999999999999.99"), ""))));
    }

    record Stored(String date, String description, String reference, String total, int lineCount, String actor,
                  List<String> lines) {}

    static List<Stored> read(Connection c, long importId) throws Exception {
        List<Stored> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, entry_date, description, reference, total, line_count, posted_by"
                     + " FROM journal_entry WHERE import_id = " + importId + " ORDER BY id")) {
            while (rs.next()) {
                List<String> lines = new ArrayList<>();
                try (Statement ls = c.createStatement();
                     ResultSet l = ls.executeQuery("SELECT line_no, entry_date, account_id, amount, department_id, party,"
                             + " description, reference FROM journal_line WHERE entry_id = " + rs.getLong(1) + " ORDER BY line_no")) {
                    while (l.next()) {
                        lines.add(l.getInt(1) + "|" + l.getObject(2, LocalDate.class) + "|" + l.getLong(3) + "|"
                                + l.getBigDecimal(4).toPlainString() + "|" + l.getObject(5) + "|" + l.getString(6) + "|"
                                + l.getString(7) + "|" + l.getString(8));
                    }
                }
                out.add(new Stored(rs.getObject(2, LocalDate.class).toString(), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5).toPlainString(), rs.getInt(6), rs.getString(7), lines));
            }
        }
        return out;
    }

    static long id(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theFastPathStoresWhatTheReferenceStores() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long receivables = id(c, "SELECT id FROM ledger_account WHERE code = '1200'");
                long revenue = id(c, "SELECT id FROM ledger_account WHERE code = '4001'");
                long department = id(c, "SELECT MIN(id) FROM ledger_department");
                Instant at = Instant.parse("2052-01-04T12:00:00Z");
                List<JournalWriter.Head> entries = entries(receivables, revenue, department);

                JournalWriter reference = new InsertJournalWriter(c, 900_001, at, "tests\tand \\ more");
                reference.write(entries);
                List<Stored> expected = read(c, 900_001);
                assertThat(expected).hasSize(2);
                assertThat(expected.getFirst().total()).isEqualTo("114.98");
                assertThat(expected.getFirst().lines()).hasSize(3);
                assertThat(expected.get(1).description()).isEqualTo("\\N");

                if (PgCopyLedgerStream.available(c)) {
                    JournalWriter fast = JournalWriter.of(c, 900_002, at, "tests\tand \\ more");
                    assertThat(fast).isInstanceOf(CopyJournalWriter.class);
                    fast.write(entries);
                    assertThat(read(c, 900_002)).isEqualTo(expected);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
