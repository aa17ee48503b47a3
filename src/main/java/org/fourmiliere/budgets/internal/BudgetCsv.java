package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.shared.Problems;

/**
 * The budget's CSV: {@code account;department;month;amount} with a header line, month as {@code yyyy-MM}, amount with a
 * point and at most two decimals, department empty when none. Reports are written with the same separator.
 */
public final class BudgetCsv {

    public record Row(int line, String account, String department, YearMonth month, BigDecimal amount) {}

    public static final String HEADER = "account;department;month;amount";

    private BudgetCsv() {}

    public static String write(List<BudgetLine> lines) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (BudgetLine a : lines)
            out.append(a.account()).append(';').append(a.department()).append(';').append(a.month()).append(';')
                    .append(a.amount().toPlainString()).append('\n');
        return out.toString();
    }

    public static List<Row> read(String text) {
        if (text == null || text.isBlank()) throw new Problems.InvalidInput("file", "budgets.csv.empty");
        List<Row> rows = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || (i == 0 && l.toLowerCase(java.util.Locale.ROOT).startsWith("account"))) continue;
            String[] f = l.split(";", -1);
            if (f.length != 4) throw new Problems.InvalidInput("file", "budgets.csv.columns", i + 1);
            try {
                BigDecimal amount = new BigDecimal(f[3].strip());
                if (amount.scale() > 2 || amount.abs().compareTo(new BigDecimal("1000000000000")) >= 0)
                    throw new NumberFormatException();
                rows.add(new Row(i + 1, f[0].strip(), f[1].strip(), YearMonth.parse(f[2].strip()), amount.setScale(2)));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new Problems.InvalidInput("file", "budgets.csv.value", i + 1);
            }
        }
        if (rows.size() > 100_000) throw new Problems.InvalidInput("file", "budgets.csv.large");
        return rows;
    }

    /** A cell of a report: quoted when it holds the separator, a quote or a line break. */
    public static String cell(Object v) {
        String s = v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        if (s.contains(";") || s.contains("\"") || s.contains("\n")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }
}
