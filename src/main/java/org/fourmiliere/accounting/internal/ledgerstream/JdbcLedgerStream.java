package org.fourmiliere.accounting.internal.ledgerstream;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference: the ledger's rows read by plain JDBC (on H2, and in the tests of the fast path). */
final class JdbcLedgerStream implements LedgerStream {

    private final JdbcTemplate jdbc;

    JdbcLedgerStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postings(long accountId, LocalDate first, LocalDate last, BigDecimal opening, Consumer<LedgerPosting> sink) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            rows(c, SELECT.formatted(accountId, first, last), opening, sink);
            return null;
        });
    }

    /** Streams the rows of {@code select} (the columns of {@link #SELECT}) to {@code sink}. */
    static void rows(Connection c, String select, BigDecimal opening, Consumer<LedgerPosting> sink) throws SQLException {
        LedgerPosting posting = new LedgerPosting(opening);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery(select)) {
                while (rs.next()) {
                    posting.next(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getString(5));
                    posting.amount(rs.getBigDecimal(6));
                    sink.accept(posting);
                }
            }
        }
    }
}
