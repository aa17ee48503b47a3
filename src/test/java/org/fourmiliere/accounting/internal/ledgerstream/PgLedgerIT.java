package org.fourmiliere.accounting.internal.ledgerstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fourmiliere.accounting.internal.ChartOfAccounts;
import org.fourmiliere.accounting.internal.Entry;
import org.fourmiliere.accounting.internal.EntryLine;
import org.fourmiliere.accounting.internal.JournalService;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the fast path of the general ledger (binary COPY decoded by hand) gives the same postings as
 * the reference (plain JDBC) reading the same query: amounts of every size (the largest NUMERIC(19,2)
 * included, and a balance beyond a long of cents), dates before and after 2000, texts with any character,
 * NULLs; and the JSON of a real account's ledger is the same, byte for byte. On H2 only the reference runs.
 */
@IntegrationTest
class PgLedgerIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JournalService journal;

    @Autowired
    ChartOfAccounts chart;

    record Row(long entry, LocalDate date, String description, String reference, String party, BigDecimal amount,
               BigDecimal balance) {
        static Row of(LedgerPosting p) {
            return new Row(p.entry(), p.date(), p.description(), p.reference(), p.party(), p.amount(), p.balance());
        }
    }

    static final String SELECT = """
            SELECT v.entry::bigint, v.day::date, v.description::varchar(500), v.reference::varchar(100),
                   v.party::varchar(100), v.amount::numeric(19, 2)
            FROM (VALUES
                (1, '2004-09-01', 'Facture F0010846 Org0100', NULL, NULL, '53.03'),
                (2, '1999-12-31', 'avant l''an 2000', 'R-1', 'Org0001', '-182.24'),
                (3, '0001-01-01', '', '', '', '0.00'),
                (4, '9999-12-31', 'guillemets " barre \\ tab 	 fin', NULL, 'Montréal « été » 🐜', '0.01'),
                (5, '2000-01-01', E'ligne\\nsuivante\\r', NULL, NULL, '-0.05'),
                (6, '2013-08-31', 'x', NULL, NULL, '10000.00'),
                (7, '2013-08-31', 'x', NULL, NULL, '10000.01'),
                (8, '2013-08-31', 'x', NULL, NULL, '8045970.10'),
                (9, '2013-08-31', 'x', NULL, NULL, '123456789012.34'),
                (10, '2013-08-31', 'x', NULL, NULL, '9999999999999999.99'),
                (11, '2013-08-31', 'x', NULL, NULL, '10000000000000000.00'),
                (12, '2013-08-31', 'x', NULL, NULL, '92233720368547758.07'),
                (13, '2013-08-31', 'x', NULL, NULL, '92233720368547758.08'),
                (14, '2013-08-31', 'x', NULL, NULL, '99999999999999999.99'),
                (15, '2013-08-31', 'x', NULL, NULL, '-99999999999999999.99'),
                (16, '2013-08-31', 'x', NULL, NULL, '-1'),
                (17, '2013-08-31', 'x', NULL, NULL, '100')
            ) AS v (entry, day, description, reference, party, amount)
            ORDER BY v.entry""";

    @Test
    void binaryCopyReadsWhatJdbcReads() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(PgCopyLedgerStream.available(c), "PostgreSQL only");
            BigDecimal opening = new BigDecimal("-7.50");
            List<Row> copied = new ArrayList<>();
            PgCopyLedgerStream.rows(c, SELECT, opening, p -> copied.add(Row.of(p)));
            List<Row> reference = new ArrayList<>();
            JdbcLedgerStream.rows(c, SELECT, opening, p -> reference.add(Row.of(p)));

            List<Row> expected = new ArrayList<>();
            BigDecimal balance = opening;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SELECT)) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal(6);
                    balance = balance.add(amount);
                    expected.add(new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), amount, balance));
                }
            }
            assertThat(copied).hasSize(17);
            // records compare BigDecimals with equals: the scale must be the same too (53.03, 100.00, 0.00); the
            // balance goes beyond a long of cents on the way
            assertThat(copied).containsExactlyElementsOf(expected);
            assertThat(reference).containsExactlyElementsOf(expected);
            assertThat(copied.get(16).amount().toPlainString()).isEqualTo("100.00");
            assertThat(copied.get(13).amount().toPlainString()).isEqualTo("99999999999999999.99");

            // the connection is left ready for the next statement
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 42")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void aSinkThatFailsLeavesTheConnectionReady() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(PgCopyLedgerStream.available(c), "PostgreSQL only");
            String many = "SELECT g::bigint, DATE '2004-09-01', 'Facture ' || g, NULL::varchar, NULL::varchar, (g / 100.0)::numeric(19, 2)"
                    + " FROM generate_series(1, 200000) g";
            int[] seen = {0};
            try {
                PgCopyLedgerStream.rows(c, many, BigDecimal.ZERO, r -> {
                    if (++seen[0] == 1000) throw new IllegalStateException("client gone");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("client gone");
            }
            assertThat(seen[0]).isEqualTo(1000);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 'still in step'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still in step");
            }
        }
    }

    @Test
    void theJsonOfAnAccountIsTheSameByEitherPath() throws Exception {
        LocalDate day = LocalDate.of(2051, 3, 1);
        String[][] texts = {{"Facture F0001 « été » 🐜", "F-1", "Org \"guillemets\""}, {"ligne\nsuivante\tfin", null, null},
                {"barre \\ oblique", "", "Montréal"}};
        String[] amounts = {"114.98", "-0.05", "99999999999.99"};
        for (int i = 0; i < texts.length; i++) {
            journal.post(Entry.of(day.plusDays(i), texts[i][0], texts[i][1], List.of(
                    new EntryLine("1200", new BigDecimal(amounts[i]), null, texts[i][2]),
                    new EntryLine("4001", new BigDecimal(amounts[i]).negate(), "WEBDEV", null)), null));
        }
        long account = chart.index().account("1200").id();
        LocalDate first = LocalDate.of(1, 1, 1), last = LocalDate.of(9999, 12, 31);
        BigDecimal opening = new BigDecimal("12.34");
        LedgerStream fast = LedgerStream.of(dataSource);
        LedgerStream reference = new JdbcLedgerStream(new JdbcTemplate(dataSource));

        ByteArrayOutputStream fastJson = new ByteArrayOutputStream();
        fast.writeJson(account, first, last, opening, "1200", "Actif:Comptes clients", fastJson);
        ByteArrayOutputStream referenceJson = new ByteArrayOutputStream();
        reference.writeJson(account, first, last, opening, "1200", "Actif:Comptes clients", referenceJson);
        assertThat(fastJson.toByteArray()).isEqualTo(referenceJson.toByteArray());

        List<Row> rows = new ArrayList<>();
        fast.postings(account, day, day.plusDays(2), BigDecimal.ZERO, p -> rows.add(Row.of(p)));
        assertThat(rows).extracting(Row::amount).containsExactly(new BigDecimal("114.98"), new BigDecimal("-0.05"),
                new BigDecimal("99999999999.99"));
        assertThat(rows.getLast().balance()).isEqualByComparingTo("100000000114.92");
        assertThat(rows.getFirst().party()).isEqualTo("Org \"guillemets\"");
        try (Connection c = dataSource.getConnection()) {
            assertThat(fast.getClass()).isEqualTo(PgCopyLedgerStream.available(c) ? PgCopyLedgerStream.class : JdbcLedgerStream.class);
        }
    }
}
