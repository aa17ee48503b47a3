package org.fourmiliere.requests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.shared.Problems;

/**
 * A custom field a queue defines for its tickets (ADR 1004): a code, a label in French and English, a kind — TEXT,
 * NUMBER, DATE or CHOICE (one of its choices) — and whether it is required. {@link #normalise} is the rule of its
 * values: what a person gives becomes the value kept (trimmed; a number as plain digits, a comma taken for the decimal
 * point; a date as YYYY-MM-DD; a choice as the queue wrote it), or a refusal naming the field by its code.
 */
public record QueueField(long id, long queueId, String code, String labelFr, String labelEn, Kind kind,
                         List<String> choices, boolean required, int position) {

    public enum Kind { TEXT, NUMBER, DATE, CHOICE }

    public static final int MAX_PER_QUEUE = 30;
    public static final int MAX_CHOICES = 30;
    public static final int MAX_CHOICE_LENGTH = 100;
    public static final int MAX_TEXT = 1000;

    public QueueField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /**
     * A new field's definition, checked: its code (lower-case letters, digits, {@code -} and {@code _}, 40 at most,
     * starting with a letter), labels, kind, and choices (a CHOICE has 1 to 30 distinct ones, the others none).
     */
    public static QueueField define(long queueId, String code, String labelFr, String labelEn, String kind,
                                    List<String> choices, boolean required, int position) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("[a-z][a-z0-9_-]{0,39}")) throw new Problems.InvalidInput("code", "requests.field.code");
        String fr = labelFr == null ? "" : labelFr.strip();
        String en = labelEn == null ? "" : labelEn.strip();
        if (fr.isEmpty() || fr.length() > 200) throw new Problems.InvalidInput("labelFr", "requests.field.label");
        if (en.isEmpty() || en.length() > 200) throw new Problems.InvalidInput("labelEn", "requests.field.label");
        Kind k = kind(kind);
        List<String> cs = new ArrayList<>();
        if (choices != null) {
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            for (String choice : choices) {
                String s = choice == null ? "" : choice.strip();
                if (s.isEmpty() || s.length() > MAX_CHOICE_LENGTH || s.contains("\n") || s.contains("\r")) {
                    throw new Problems.InvalidInput("choices", "requests.field.choices");
                }
                if (!distinct.add(s)) throw new Problems.InvalidInput("choices", "requests.field.choices");
            }
            cs.addAll(distinct);
        }
        if (k == Kind.CHOICE ? cs.isEmpty() || cs.size() > MAX_CHOICES : !cs.isEmpty()) {
            throw new Problems.InvalidInput("choices", "requests.field.choices");
        }
        return new QueueField(0, queueId, c, fr, en, k, cs, required, position);
    }

    private static Kind kind(String kind) {
        if (kind != null) {
            for (Kind k : Kind.values()) if (k.name().equals(kind.strip().toUpperCase(Locale.ROOT))) return k;
        }
        throw new Problems.InvalidInput("kind", "requests.field.kind");
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }

    /** The value kept for what a person gave, or {@code null} (no value) for nothing or blanks; else a refusal. */
    public String normalise(String given) {
        if (given == null || given.isBlank()) return null;
        String s = given.strip();
        return switch (kind) {
            case TEXT -> {
                if (s.length() > MAX_TEXT) throw refusal("requests.field.text");
                yield s;
            }
            case NUMBER -> {
                String n = s.replace('\u00a0', ' ').replace(" ", "");
                if (n.indexOf(',') >= 0 && n.indexOf('.') < 0 && n.indexOf(',') == n.lastIndexOf(',')) n = n.replace(',', '.');
                if (!n.matches("[+-]?\\d{1,15}(\\.\\d{1,6})?")) throw refusal("requests.field.number");
                BigDecimal d = new BigDecimal(n).stripTrailingZeros();
                yield d.signum() == 0 ? "0" : d.toPlainString();
            }
            case DATE -> {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) throw refusal("requests.field.date");
                try {
                    LocalDate d = LocalDate.parse(s);
                    if (d.getYear() < 1900) throw refusal("requests.field.date");
                    yield d.toString();
                } catch (DateTimeParseException e) {
                    throw refusal("requests.field.date");
                }
            }
            case CHOICE -> {
                for (String c : choices) if (c.equals(s)) yield c;
                for (String c : choices) if (c.equalsIgnoreCase(s)) yield c;
                throw new Problems.InvalidInput(code, "requests.field.choice", code, labelFr, labelEn, String.join(", ", choices));
            }
        };
    }

    /** A refusal naming this field; the message has its labels ({1} in French, {2} in English). */
    public Problems.InvalidInput refusal(String key) {
        return new Problems.InvalidInput(code, key, code, labelFr, labelEn);
    }
}
