package org.fourmiliere.governance.internal.quick;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;

/**
 * What the collective's decisions address reads in a message, pure: the amount line of a proposal, the answer of a
 * reply, the token of a subject.
 * <ul>
 *   <li>An amount is a line of its own: {@code Montant: 250 $}, {@code Montant : 1 250,50 $}, {@code Amount: $250},
 *   {@code Amount: 1,250.50} (the first such line counts; currency Canadian dollars).</li>
 *   <li>An answer is the first line of the reply that is neither empty nor quoted ({@code >}), starting with
 *   {@code VETO}, {@code OK}, {@code POUR}, {@code FOR}, {@code ABSTENTION} or {@code ABSTAIN} (any case), the rest of
 *   the line (and of the paragraph) being the reason.</li>
 * </ul>
 */
public final class MailWords {

    private MailWords() {}

    private static final Pattern AMOUNT = Pattern.compile(
            "^\\s*(?:montant|amount)\\s*:\\s*(\\$\\s*)?([0-9][0-9\\s\\u00a0\\u202f.,]*)\\s*(\\$|CAD)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ANSWER = Pattern.compile(
            "^(VETO|OK|POUR|FOR|ABSTENTION|ABSTAIN)\\b[\\s:.,;!-]*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("\\[QD-(\\d{1,18})]", Pattern.CASE_INSENSITIVE);

    /** Whether the text has an amount line, well written or not. */
    public static boolean mentionsAmount(String text) {
        return Pattern.compile("^\\s*(?:montant|amount)\\s*:", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).matcher(text).find();
    }

    /** The amount of the first amount line, if it reads as one. */
    public static Optional<BigDecimal> amount(String text) {
        Matcher m = AMOUNT.matcher(text == null ? "" : text);
        if (!m.find()) return Optional.empty();
        return number(m.group(2).replaceAll("[\\s\\u00a0\\u202f]", ""));
    }

    /** "1250.50", "1,250.50", "1250,50", "1.250,50" → 1250.50; a lone separator followed by 3 digits groups thousands. */
    static Optional<BigDecimal> number(String s) {
        if (s.isEmpty()) return Optional.empty();
        int lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
        int dec = Math.max(lastDot, lastComma);
        String whole = s, frac = "";
        if (dec >= 0) {
            String after = s.substring(dec + 1);
            boolean both = lastDot >= 0 && lastComma >= 0;
            if (both || after.length() != 3) {
                whole = s.substring(0, dec);
                frac = after;
            }
        }
        whole = whole.replace(".", "").replace(",", "");
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit) || !frac.chars().allMatch(Character::isDigit)
                || frac.length() > 2 || whole.length() > 12) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(frac.isEmpty() ? whole : whole + "." + frac).setScale(2));
    }

    /** A reply's answer and its reason. */
    public record Reply(Answer answer, String reason) {}

    /** The answer of a reply, read on its first line that is neither empty nor quoted. */
    public static Optional<Reply> reply(String text) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(">")) continue;
            Matcher m = ANSWER.matcher(line);
            if (!m.matches()) return Optional.empty();
            Answer answer = switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "VETO" -> Answer.VETO;
                case "ABSTENTION", "ABSTAIN" -> Answer.ABSTAIN;
                default -> Answer.SUPPORT;
            };
            StringBuilder reason = new StringBuilder(m.group(2).strip());
            for (int j = i + 1; j < lines.length; j++) {
                String next = lines[j].strip();
                if (next.isEmpty() || next.startsWith(">") || next.startsWith("--")) break;
                if (reason.length() > 0) reason.append(' ');
                reason.append(next);
            }
            String r = reason.length() > 2000 ? reason.substring(0, 2000) : reason.toString();
            return Optional.of(new Reply(answer, r.isBlank() ? null : r));
        }
        return Optional.empty();
    }

    /** The proposal named by a {@code [QD-12]} token in a subject. */
    public static Optional<Long> token(String subject) {
        Matcher m = TOKEN.matcher(subject == null ? "" : subject);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** A subject without its reply prefixes ({@code Re:}, {@code RE :}, {@code Fwd:}, {@code TR:}). */
    public static String title(String subject) {
        String s = subject == null ? "" : subject.strip();
        while (true) {
            String t = s.replaceFirst("(?i)^(re|fwd?|tr|aw)\\s*:\\s*", "");
            if (t.equals(s)) return s;
            s = t;
        }
    }
}
