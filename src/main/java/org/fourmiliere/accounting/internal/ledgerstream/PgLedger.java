package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * On PostgreSQL, the general ledger of an account is read with {@code COPY (query) TO STDOUT (FORMAT binary)}.
 * A cursor makes the server wait while the client handles each batch; COPY streams every row as the scan
 * finds it, so the server's scan and the writing of the answer run side by side. The binary rows are
 * decoded here: no text to parse or unescape, dates and amounts read from their internal forms.
 */
final class PgLedger {

    /** The day PostgreSQL counts dates from (2000-01-01), in days since 1970-01-01. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int FIELDS = 6;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** The start of the row being read: {@link #need} keeps the buffer from there. */
    private int row;
    private int pos;
    private int limit;
    private long lastDay = Long.MIN_VALUE;
    private LocalDate lastDate;
    /** The length of the last {@link #text()}: -1 for NULL. */
    private int length;

    private PgLedger(InputStream in) {
        this.in = in;
    }

    /**
     * Streams the rows of {@code select} (entry_id, entry_date, description, reference, party, amount) to
     * {@code sink} as one {@link LedgerPosting}, with the running balance from {@code opening}.
     */
    static void read(Connection c, String select, BigDecimal opening, Consumer<LedgerPosting> sink)
            throws SQLException, IOException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)");
        PGCopyInputStream in = new PGCopyInputStream(copy);
        try {
            new PgLedger(in).rows(new LedgerPosting(opening), sink);
        } catch (RuntimeException | IOException e) {
            // The COPY is read to its end even when the rows are not wanted any more (a client gone): cancelling
            // a COPY OUT can leave the connection out of step with the server, and it goes back to the pool.
            try {
                drain(in);
            } catch (IOException | RuntimeException drainFailed) {
                e.addSuppressed(drainFailed);
            }
            throw e;
        }
        drain(in);
    }

    /** Reads what is left of the COPY (after the trailer: nothing), which completes it. */
    private static void drain(InputStream in) throws IOException {
        byte[] skip = new byte[1 << 16];
        while (in.read(skip) >= 0) {
            // discarded
        }
    }

    private void rows(LedgerPosting posting, Consumer<LedgerPosting> sink) throws IOException {
        header();
        while (true) {
            row = pos;
            need(2);
            int fields = (short) u16();
            if (fields == -1) return; // the trailer
            if (fields != FIELDS) throw new IOException("COPY row of " + fields + " fields, expected " + FIELDS);
            long entry = int8();
            LocalDate date = date();
            // texts stay in the buffer: their offsets from the row's start (which need() may move)
            int description = text() - row;
            int descriptionLength = length;
            int reference = text() - row;
            int referenceLength = length;
            int party = text() - row;
            int partyLength = length;
            numeric(posting);
            posting.next(entry, date, buf, row + description, descriptionLength, row + reference, referenceLength,
                    row + party, partyLength);
            sink.accept(posting);
        }
    }

    private void header() throws IOException {
        need(SIGNATURE.length + 8);
        for (byte b : SIGNATURE) {
            if (buf[pos++] != b) throw new IOException("not a binary COPY stream");
        }
        i32(); // flags: no OIDs
        int extension = i32();
        need(extension);
        pos += extension;
    }

    private long int8() throws IOException {
        length(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | buf[pos++] & 0xff;
        return v;
    }

    private LocalDate date() throws IOException {
        length(4);
        long day = i32() + PG_EPOCH_DAY;
        if (day != lastDay) {
            // the rows come in date order: one date object per day
            lastDate = LocalDate.ofEpochDay(day);
            lastDay = day;
        }
        return lastDate;
    }

    /** Skips over a text field, buffered whole; answers where its bytes start and sets {@link #length}. */
    private int text() throws IOException {
        need(4);
        length = i32();
        if (length < 0) return pos;
        need(length);
        int start = pos;
        pos += length;
        return start;
    }

    /** NUMERIC in binary: digit count, weight (of the first base-10000 digit), sign, display scale, the digits. */
    private void numeric(LedgerPosting posting) throws IOException {
        need(4);
        int n = i32();
        if (n < 8) throw new IOException("NULL or short amount in COPY row");
        need(n);
        int digits = u16();
        int weight = (short) u16();
        int sign = u16();
        int scale = u16();
        if (sign != 0 && sign != NUMERIC_NEGATIVE) throw new IOException("amount is not a number");
        // the digits as an integer times 10000^(weight - digits + 1); in cents: times 10^(4 (weight - digits + 1) + 2)
        int shift = 4 * (weight - digits + 1) + 2;
        if (scale <= 2 && digits <= 4 && shift >= -18 && shift <= 18) {
            long v = 0;
            for (int i = 0; i < digits; i++) v = v * 10000 + u16();
            if (shift < 0) {
                posting.amount((sign == NUMERIC_NEGATIVE ? -v : v) / POWERS_OF_TEN[-shift]);
                return;
            }
            if (v <= Long.MAX_VALUE / POWERS_OF_TEN[shift]) {
                long cents = v * POWERS_OF_TEN[shift];
                posting.amount(sign == NUMERIC_NEGATIVE ? -cents : cents);
                return;
            }
            pos -= 2 * digits;
        }
        BigInteger v = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(10000);
        for (int i = 0; i < digits; i++) v = v.multiply(base).add(BigInteger.valueOf(u16()));
        BigDecimal d = new BigDecimal(v, -4 * (weight - digits + 1)).setScale(scale, RoundingMode.UNNECESSARY);
        posting.amount(sign == NUMERIC_NEGATIVE ? d.negate() : d);
    }

    /** Reads a field's length, which must be {@code expected}, and makes sure the field is buffered. */
    private void length(int expected) throws IOException {
        need(4 + expected);
        int n = i32();
        if (n != expected) throw new IOException("COPY field of " + n + " bytes, expected " + expected);
    }

    private int u16() {
        int v = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
        pos += 2;
        return v;
    }

    private int i32() {
        int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    /** Makes sure {@code n} bytes are buffered from {@code pos}, keeping those of the current row. */
    private void need(int n) throws IOException {
        if (limit - pos >= n) return;
        int kept = limit - row;
        byte[] target = pos - row + n > buf.length ? new byte[Math.max(pos - row + n, buf.length * 2)] : buf;
        System.arraycopy(buf, row, target, 0, kept);
        buf = target;
        pos -= row;
        limit = kept;
        row = 0;
        while (limit - pos < n) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) throw new EOFException("COPY stream ended inside a row");
            limit += r;
        }
    }
}
