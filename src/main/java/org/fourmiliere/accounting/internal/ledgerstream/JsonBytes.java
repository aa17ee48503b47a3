package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes JSON straight into a byte buffer in UTF-8, for long streamed answers (the general ledger): no
 * string per row, no character encoder in between. The caller writes the punctuation; this class writes
 * values. I/O errors are thrown unchecked, since rows arrive through a callback.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The tens and the ones digit of 0 to 99. */
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    JsonBytes(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[size];
    }

    /** Punctuation and names made bytes once, for {@link #raw(byte[])}. */
    static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Bytes from {@link #ascii(String)}. */
    JsonBytes raw(byte[] ascii) {
        int n = ascii.length;
        if (n > buf.length) {
            drain();
            try {
                out.write(ascii);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
        room(n);
        System.arraycopy(ascii, 0, buf, pos, n);
        pos += n;
        return this;
    }

    /** Text known to be ASCII with nothing to escape: punctuation and names. */
    JsonBytes raw(String ascii) {
        int n = ascii.length();
        if (n > buf.length) {
            for (int i = 0; i < n; i++) raw((byte) ascii.charAt(i));
            return this;
        }
        room(n);
        for (int i = 0; i < n; i++) buf[pos + i] = (byte) ascii.charAt(i);
        pos += n;
        return this;
    }

    JsonBytes raw(char c) {
        return raw((byte) c);
    }

    private JsonBytes raw(byte b) {
        room(1);
        buf[pos++] = b;
        return this;
    }

    /** A JSON string (quoted and escaped), or null. */
    JsonBytes string(String s) {
        if (s == null) return raw("null");
        int n = s.length();
        // at most 6 bytes per char (\u001f); a surrogate pair makes 4 bytes of 2 chars
        if (n * 6 + 2 > buf.length) return longString(s);
        room(n * 6 + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') b[p++] = '\\';
                b[p++] = (byte) c;
            } else {
                p = other(b, p, s, i, c);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            }
        }
        b[p++] = '"';
        pos = p;
        return this;
    }

    private JsonBytes longString(String s) {
        raw('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            room(6);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') buf[pos++] = '\\';
                buf[pos++] = (byte) c;
            } else {
                pos = other(buf, pos, s, i, c);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            }
        }
        return raw('"');
    }

    /** A control character (escaped) or a non-ASCII one (UTF-8); answers the new position. */
    private static int other(byte[] b, int p, String s, int i, char c) {
        if (c < 0x20) {
            p = control(b, p, c);
        } else if (c < 0x800) {
            b[p++] = (byte) (0xc0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            b[p++] = (byte) (0xf0 | cp >> 18);
            b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
            b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
            b[p++] = (byte) (0x80 | cp & 0x3f);
        } else if (Character.isSurrogate(c)) {
            b[p++] = '?'; // a lone surrogate is not a character; the encoder of the JDK writes '?' too
        } else {
            b[p++] = (byte) (0xe0 | c >> 12);
            b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
            b[p++] = (byte) (0x80 | c & 0x3f);
        }
        return p;
    }

    /** A control character, escaped; answers the new position. */
    private static int control(byte[] b, int p, int c) {
        switch (c) {
            case '\n' -> { b[p++] = '\\'; b[p++] = 'n'; }
            case '\r' -> { b[p++] = '\\'; b[p++] = 'r'; }
            case '\t' -> { b[p++] = '\\'; b[p++] = 't'; }
            default -> {
                b[p++] = '\\'; b[p++] = 'u'; b[p++] = '0'; b[p++] = '0';
                b[p++] = HEX[c >> 4]; b[p++] = HEX[c & 0xf];
            }
        }
        return p;
    }

    JsonBytes number(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) return raw(Long.toString(v));
            raw('-');
            v = -v;
        }
        room(19);
        int end = pos + digits(v);
        int p = end;
        while (v >= 100) {
            int two = (int) (v % 100);
            v /= 100;
            buf[--p] = ONES[two];
            buf[--p] = TENS[two];
        }
        int last = (int) v;
        buf[--p] = ONES[last];
        if (last >= 10) buf[--p] = TENS[last];
        pos = end;
        return this;
    }

    /** The number of decimal digits of {@code v} ≥ 0. */
    private static int digits(long v) {
        int d = 1;
        for (long limit = 10; d < 19 && v >= limit; limit *= 10) d++;
        return d;
    }

    /** A decimal as written by {@link BigDecimal#toPlainString()}. */
    JsonBytes decimal(BigDecimal d) {
        if (d.scale() == 2 && d.precision() <= 18) {
            // an amount in cents: the common case, written without a string
            return cents(d.scaleByPowerOfTen(2).longValue());
        }
        return raw(d.toPlainString());
    }

    /** An ISO date as a JSON string ("2007-08-31"), as {@link LocalDate#toString()} writes it. */
    JsonBytes date(LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) return string(d.toString());
        room(12);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        b[p++] = (byte) ('0' + y / 1000);
        b[p++] = (byte) ('0' + y / 100 % 10);
        b[p++] = (byte) ('0' + y / 10 % 10);
        b[p++] = (byte) ('0' + y % 10);
        b[p++] = '-';
        int m = d.getMonthValue();
        b[p++] = (byte) ('0' + m / 10);
        b[p++] = (byte) ('0' + m % 10);
        b[p++] = '-';
        int day = d.getDayOfMonth();
        b[p++] = (byte) ('0' + day / 10);
        b[p++] = (byte) ('0' + day % 10);
        b[p++] = '"';
        pos = p;
        return this;
    }

    /**
     * A JSON string from UTF-8 bytes, or null for a length of -1. The bytes are copied as they are but for
     * quotes, backslashes and control characters, escaped; the bytes must be well-formed UTF-8 (as a database
     * sends text).
     */
    JsonBytes utf8(byte[] text, int offset, int length) {
        if (length < 0) return raw("null");
        if (length * 6 + 2 > buf.length) {
            return string(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8));
        }
        room(length * 6 + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int end = offset + length;
        int i = offset;
        while (i < end) {
            // the run of bytes that go as they are
            int run = i;
            while (run < end) {
                byte c = text[run];
                if (c >= 0 && (c < 0x20 || c == '"' || c == '\\')) break;
                run++;
            }
            System.arraycopy(text, i, b, p, run - i);
            p += run - i;
            if (run == end) break;
            byte c = text[run];
            if (c == '"' || c == '\\') {
                b[p++] = '\\';
                b[p++] = c;
            } else {
                p = control(b, p, c);
            }
            i = run + 1;
        }
        b[p++] = '"';
        pos = p;
        return this;
    }

    /** An amount in cents, written as {@link BigDecimal#toPlainString()} writes it at scale 2. */
    JsonBytes cents(long cents) {
        if (cents < 0) {
            if (cents == Long.MIN_VALUE) return decimal(BigDecimal.valueOf(cents, 2));
            raw('-');
            cents = -cents;
        }
        number(cents / 100);
        room(3);
        int c = (int) (cents % 100);
        buf[pos++] = '.';
        buf[pos++] = TENS[c];
        buf[pos++] = ONES[c];
        return this;
    }

    /** Sends what is buffered. */
    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(int n) {
        if (pos + n > buf.length) drain();
    }

    private void drain() {
        if (pos == 0) return;
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }
}
