package org.fourmiliere.accounting.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text journal of hledger and ledger-cli, the subset a collective's books need: transactions
 * with a date, an optional status and (code), a description, postings of CAD amounts (one amount may be
 * left out), comments, balance assertions (ignored) and the directives {@code account} and
 * {@code commodity} (ignored). Departments and customers travel as posting tags {@code dept:} and
 * {@code party:}. Reading is streaming: one transaction at a time.
 */
public final class LedgerText {

    private LedgerText() {}

    public record Posting(int line, String account, BigDecimal amount, String department, String party) {}

    public record Transaction(int line, LocalDate date, String reference, String description, List<Posting> postings) {}

    /** A line of the file that cannot be read: its number, a message key and the detail. */
    public record Problem(int line, String key, String detail) {}

    public static final int MAX_PROBLEMS = 100;

    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:=\\S+)?(?:\\s+([*!]))?(?:\\s+\\(([^)]*)\\))?\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    /** Reads every transaction, giving each to {@code sink}; answers the problems found (none: all good). */
    public static List<Problem> read(BufferedReader in, Consumer<Transaction> sink, Consumer<Integer> progress) {
        List<Problem> problems = new ArrayList<>();
        int lineNo = 0;
        Builder current = null;
        try {
            String raw;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                if (progress != null && (lineNo & 0xFFFF) == 0) progress.accept(lineNo);
                if (lineNo == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') raw = raw.substring(1);
                if (raw.isBlank()) {
                    current = finish(current, sink, problems);
                    continue;
                }
                char c = raw.charAt(0);
                if (c == ' ' || c == '\t') {
                    String body = raw.strip();
                    if (body.startsWith(";") || body.startsWith("#")) continue;
                    if (current == null) {
                        // an indented line outside a transaction: a directive's sub-line, ignored
                        continue;
                    }
                    posting(current, lineNo, body, problems);
                    continue;
                }
                current = finish(current, sink, problems);
                if (c == ';' || c == '#' || c == '*' || c == '%' || c == '|') continue;
                if (Character.isDigit(c)) {
                    current = header(lineNo, raw, problems);
                    continue;
                }
                String word = raw.split("\\s+", 2)[0];
                switch (word) {
                    case "account", "commodity", "payee", "tag", "decimal-mark", "D", "P", "Y", "year", "comment", "end" -> { }
                    default -> problem(problems, lineNo, "books.import.unsupported", raw.strip());
                }
                if (word.equals("comment")) {
                    // skip a comment block up to "end comment"
                    String l;
                    while ((l = in.readLine()) != null) {
                        lineNo++;
                        if (l.strip().equals("end comment")) break;
                    }
                }
            }
            finish(current, sink, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (progress != null) progress.accept(lineNo);
        return problems;
    }

    private static final class Builder {
        final int line;
        final LocalDate date;
        final String reference;
        final String description;
        final List<Posting> postings = new ArrayList<>();
        int elided = -1;
        boolean broken;

        Builder(int line, LocalDate date, String reference, String description) {
            this.line = line;
            this.date = date;
            this.reference = reference;
            this.description = description;
        }
    }

    private static Builder header(int lineNo, String raw, List<Problem> problems) {
        String text = raw;
        int comment = text.indexOf(';');
        if (comment >= 0) text = text.substring(0, comment);
        Matcher m = HEADER.matcher(text.strip());
        if (!m.matches()) {
            problem(problems, lineNo, "books.import.bad-header", raw.strip());
            return broken(lineNo);
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            problem(problems, lineNo, "books.import.bad-date", raw.strip());
            return broken(lineNo);
        }
        String reference = m.group(5) == null || m.group(5).isBlank() ? null : m.group(5).strip();
        String description = m.group(6).strip();
        if (description.isEmpty()) description = "-";
        if (description.length() > 500) description = description.substring(0, 500);
        return new Builder(lineNo, date, reference, description);
    }

    private static Builder broken(int lineNo) {
        Builder b = new Builder(lineNo, LocalDate.EPOCH, null, "");
        b.broken = true;
        return b;
    }

    private static void posting(Builder t, int lineNo, String body, List<Problem> problems) {
        String comment = null;
        int semi = body.indexOf(';');
        if (semi >= 0) {
            comment = body.substring(semi + 1);
            body = body.substring(0, semi).strip();
        }
        if (body.startsWith("* ") || body.startsWith("! ")) body = body.substring(2).strip();
        int sep = separator(body);
        String account = (sep < 0 ? body : body.substring(0, sep)).strip();
        String amountText = sep < 0 ? "" : body.substring(sep).strip();
        if (account.startsWith("(") || account.startsWith("[")) {
            problem(problems, lineNo, "books.import.virtual", account);
            t.broken = true;
            return;
        }
        if (account.isEmpty() || account.length() > 300) {
            problem(problems, lineNo, "books.import.bad-account", body);
            t.broken = true;
            return;
        }
        int eq = amountText.indexOf('=');
        if (eq >= 0) amountText = amountText.substring(0, eq).strip(); // balance assertion: not checked here
        String department = tag(comment, "dept");
        String party = tag(comment, "party");
        if (amountText.isEmpty()) {
            if (eq >= 0) {
                problem(problems, lineNo, "books.import.assignment", body);
                t.broken = true;
                return;
            }
            if (t.elided >= 0) {
                problem(problems, lineNo, "books.import.two-elided", body);
                t.broken = true;
                return;
            }
            t.elided = t.postings.size();
            t.postings.add(new Posting(lineNo, account, null, department, party));
            return;
        }
        BigDecimal amount = amount(amountText);
        if (amount == null) {
            problem(problems, lineNo, "books.import.bad-amount", amountText);
            t.broken = true;
            return;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problem(problems, lineNo, "books.import.cents", amountText);
            t.broken = true;
            return;
        }
        t.postings.add(new Posting(lineNo, account, amount.setScale(2), department, party));
    }

    /** Where the account name ends: two spaces or a tab. */
    private static int separator(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\t') return i;
            if (c == ' ' && i + 1 < body.length() && body.charAt(i + 1) == ' ') return i;
        }
        return -1;
    }

    /** A CAD amount: "12.34 CAD", "CAD -12.34", "$12.34", "-$1,234.50", "12.34". Null if not one. */
    static BigDecimal amount(String text) {
        String s = text.replace(" ", "").replace("\u00A0", "");
        if (s.contains("@")) return null;
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        }
        for (String symbol : new String[] {"CAD", "CA$", "C$", "$"}) {
            if (s.startsWith(symbol)) {
                s = s.substring(symbol.length());
                break;
            }
            if (s.endsWith(symbol)) {
                s = s.substring(0, s.length() - symbol.length());
                break;
            }
        }
        if (s.startsWith("-")) {
            if (negative) return null;
            negative = true;
            s = s.substring(1);
        }
        if (s.startsWith("+")) s = s.substring(1);
        if (s.contains(",")) {
            if (s.contains(".") || !s.matches("\\d+,\\d{1,2}")) {
                s = s.replace(",", "");
            } else {
                s = s.replace(',', '.');
            }
        }
        if (!NUMBER.matcher(s).matches()) return null;
        BigDecimal v = new BigDecimal(s);
        return negative ? v.negate() : v;
    }

    private static String tag(String comment, String name) {
        if (comment == null) return null;
        for (String part : comment.split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (colon > 0 && p.substring(0, colon).strip().equals(name)) {
                String v = p.substring(colon + 1).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static Builder finish(Builder t, Consumer<Transaction> sink, List<Problem> problems) {
        if (t == null || t.broken) return null;
        if (t.postings.size() < 2) {
            problem(problems, t.line, "books.import.two-postings", t.date.toString());
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Posting p : t.postings) if (p.amount() != null) sum = sum.add(p.amount());
        List<Posting> postings = t.postings;
        if (t.elided >= 0) {
            postings = new ArrayList<>(t.postings);
            Posting p = postings.get(t.elided);
            postings.set(t.elided, new Posting(p.line(), p.account(), sum.negate().setScale(2), p.department(), p.party()));
        } else if (sum.signum() != 0) {
            problem(problems, t.line, "books.import.unbalanced", sum.setScale(2).toPlainString());
            return null;
        }
        if (problems.isEmpty()) sink.accept(new Transaction(t.line, t.date, t.reference, t.description, List.copyOf(postings)));
        return null;
    }

    private static void problem(List<Problem> problems, int line, String key, String detail) {
        if (problems.size() < MAX_PROBLEMS) problems.add(new Problem(line, key, detail));
    }

    // ---------------------------------------------------------------- writing

    /** Writes one transaction; the amount column is aligned enough for a person to read. */
    public static void write(Writer out, LocalDate date, String reference, String description, List<Posting> postings) {
        try {
            StringBuilder b = new StringBuilder(64 + postings.size() * 64);
            b.append(date);
            if (reference != null) b.append(" (").append(reference.replace(")", "]")).append(')');
            b.append(' ').append(safe(description)).append('\n');
            for (Posting p : postings) {
                b.append("    ").append(p.account()).append("  ").append(p.amount().toPlainString()).append(" CAD");
                if (p.department() != null || p.party() != null) {
                    b.append("  ;");
                    if (p.department() != null) b.append(" dept:").append(tagValue(p.department()));
                    if (p.party() != null) b.append(p.department() != null ? "," : "").append(" party:").append(tagValue(p.party()));
                }
                b.append('\n');
            }
            b.append('\n');
            out.write(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String description) {
        String d = description.replace('\n', ' ').replace(';', ',');
        return d.startsWith("(") ? "-" + d : d;
    }

    private static String tagValue(String v) {
        return v.replace(',', ' ').replace(';', ' ').replace('\n', ' ').strip();
    }
}
