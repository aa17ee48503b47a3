package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The general ledger of one account, streamed: every posting in [first, last] in the order of the account
 * index (date, entry, line), with the running balance, without an object per posting. Two implementations
 * give the same postings: {@link JdbcLedgerStream}, plain JDBC, the reference (and the H2 path), and
 * {@link PgCopyLedgerStream}, binary {@code COPY} decoded by hand, the PostgreSQL fast path (ADR 0402).
 * {@link #of} picks the one the database allows. The JSON of the ledger is written here too, byte by byte.
 */
public interface LedgerStream {

    /** Rows as read by both implementations: entry_id, entry_date, description, reference, party, amount. */
    String SELECT = """
            SELECT entry_id, entry_date, description, reference, party, amount
            FROM journal_line
            WHERE account_id = %d AND entry_date >= DATE '%s' AND entry_date <= DATE '%s'
            ORDER BY entry_date, entry_id, line_no""";

    /**
     * Hands each posting of the account in [first, last] to {@code sink}, in one {@link LedgerPosting} reused
     * for the next, with the running balance from {@code opening}. Runs in the caller's transaction.
     */
    void postings(long accountId, LocalDate first, LocalDate last, BigDecimal opening, Consumer<LedgerPosting> sink);

    /**
     * Writes the general ledger as JSON to {@code out}:
     * {@code {"account":code,"name":name,"rows":[{entry,date,description,reference,party,amount,balance}…],"opening":…}}
     * (reference and party left out when there are none), then flushes it.
     */
    default void writeJson(long accountId, LocalDate first, LocalDate last, BigDecimal opening, String code, String name,
                           OutputStream out) throws IOException {
        GeneralLedgerJson.write(this, accountId, first, last, opening, code, name, out);
    }

    /** The fast path on PostgreSQL, the reference elsewhere; rows are fetched 5,000 at a time by JDBC. */
    static LedgerStream of(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(5000);
        Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) PgCopyLedgerStream::available);
        return Boolean.TRUE.equals(postgres) ? new PgCopyLedgerStream(jdbc) : new JdbcLedgerStream(jdbc);
    }
}
