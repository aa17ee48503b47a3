/**
 * The journal's bulk streams, the one place in the books that knows PostgreSQL's {@code COPY} and writes
 * JSON byte by byte (ADR 0401, 0402).
 *
 * <ul>
 *   <li>{@link org.fourmiliere.accounting.internal.ledgerstream.LedgerStream}: the general ledger of an
 *       account read out, posting by posting in one reused
 *       {@link org.fourmiliere.accounting.internal.ledgerstream.LedgerPosting} (texts as UTF-8 bytes, amounts in
 *       cents), and its JSON written straight into a byte buffer. The reference reads the rows by plain JDBC;
 *       the fast path on PostgreSQL reads {@code COPY (…) TO STDOUT (FORMAT binary)} and decodes it by hand.</li>
 *   <li>{@link org.fourmiliere.accounting.internal.ledgerstream.JournalWriter}: imported entries written in, a
 *       batch of whole entries per statement. The reference uses multi-row inserts; the fast path on PostgreSQL
 *       uses {@code COPY … FROM STDIN}.</li>
 * </ul>
 *
 * Each fast path answers exactly what its reference answers: on PostgreSQL {@code PgLedgerIT} compares the
 * readers (rows, and JSON byte for byte) and {@code JournalWriterIT} the writers; H2 runs the references. The classes behind the two interfaces are
 * package-private; nothing else in the books depends on the PostgreSQL driver ({@code LedgerStreamBoundaryTest}).
 */
package org.fourmiliere.accounting.internal.ledgerstream;
