package org.fourmiliere.accounting.web;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** Writes CSV rows (RFC 4180 quoting). */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    Csv row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) out.write(',');
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String cell(Object o) {
        if (o == null) return "";
        String s = o instanceof BigDecimal b ? b.toPlainString() : o.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
