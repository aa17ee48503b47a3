package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes imported entries and their lines in batches of whole entries, each batch's lines in one statement
 * (so that PostgreSQL's statement trigger checks each entry whole, ADR 0401). Two implementations:
 * {@link InsertJournalWriter}, multi-row inserts with generated keys, the reference (and the H2 path), and
 * {@link CopyJournalWriter}, {@code COPY … FROM STDIN}, the PostgreSQL fast path. {@link #of} picks one.
 */
public interface JournalWriter {

    /** A line to write: its account, its department (or none) and customer or vendor, its signed amount. */
    record Line(long accountId, Long departmentId, BigDecimal amount, String party) {}

    /** An entry to write; its lines balance (checked before). */
    record Head(LocalDate date, String description, String reference, List<Line> lines) {}

    /** How many lines to gather before calling {@link #write}. */
    int linesPerBatch();

    /** Writes the entries and their lines. */
    void write(List<Head> entries) throws SQLException, IOException;

    /** The writer for this connection, within the caller's transaction, marking rows with the import's number. */
    static JournalWriter of(Connection c, long importId, Instant at, String actor) {
        return PgCopyLedgerStream.available(c) ? new CopyJournalWriter(c, importId, at, actor)
                : new InsertJournalWriter(c, importId, at, actor);
    }
}
