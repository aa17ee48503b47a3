package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fast path on PostgreSQL: the ledger's rows by {@code COPY … TO STDOUT (FORMAT binary)}, see {@link PgLedger}. */
final class PgCopyLedgerStream implements LedgerStream {

    private final JdbcTemplate jdbc;

    PgCopyLedgerStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean available(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void postings(long accountId, LocalDate first, LocalDate last, BigDecimal opening, Consumer<LedgerPosting> sink) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            // The rows come in the order of journal_line_account_date (account, date, entry, line), which also
            // holds every column read: no sort is needed. The planner may still prefer the date index and a
            // sort (it judges the account index by the correlation of account_id alone, and by the share of
            // pages marked all-visible), twice as slow on a large account: sorting is ruled out for this
            // transaction, which reads nothing else.
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off");
            }
            rows(c, SELECT.formatted(accountId, first, last), opening, sink);
            return null;
        });
    }

    /** Streams the rows of {@code select} (the columns of {@link #SELECT}) to {@code sink}. */
    static void rows(Connection c, String select, BigDecimal opening, Consumer<LedgerPosting> sink) throws SQLException {
        try {
            PgLedger.read(c, select, opening, sink);
        } catch (IOException e) {
            throw new IllegalStateException("general ledger read failed: " + e.getMessage(), e);
        }
    }
}
