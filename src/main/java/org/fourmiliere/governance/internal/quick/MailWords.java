package org.fourmiliere.governance.internal.quick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 *   <li>An answer is read on the lines the person wrote above the quoted message (see {@link #reply}): a line that
 *   starts with {@code VETO}, or else {@code OK}, {@code POUR}, {@code FOR}, {@code ABSTENTION}, {@code ABSTAIN} (any
 *   case), the rest of the line (and of the paragraph) being the reason.</li>
 * </ul>
 */
public final class MailWords {

    private MailWords() {}

    private static final Pattern AMOUNT = Pattern.compile(
            "^\\s*(?:montant|amount)\\s*:\\s*(\\$\\s*)?([0-9][0-9\\s\\u00a0\\u202f.,]*)\\s*(\\$|CAD)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
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

    private static final Pattern VETO = Pattern.compile("^VETO\\b[\\s:.,;!-]*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSTAIN = Pattern.compile("^(?:ABSTENTION|ABSTAIN)\\b[\\s:.,;!-]*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPORT = Pattern.compile("^(?:OK|POUR|FOR)\\s*(?:[:.,;!-]+\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_INTRO = Pattern.compile("^(?:le|on)\\b.*(?:a écrit|wrote)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * The answer of a reply, read on the lines the person wrote: those above the quoted message or the signature,
     * not quoted themselves. A line that starts with {@code VETO} wins wherever it is; else the first line that is
     * {@code OK}, {@code POUR} or {@code FOR} (alone or followed by punctuation) or starts with {@code ABSTENTION} /
     * {@code ABSTAIN}. The rest of that line and of its paragraph is the reason.
     */
    public static Optional<Reply> reply(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\\R", -1)) {
            String line = raw.strip();
            if (line.startsWith(">")) continue;
            if (line.equals("--") || line.startsWith("-- ") || QUOTE_INTRO.matcher(line).matches()
                    || line.startsWith("-----Original") || line.startsWith("-----Message d")) break;
            lines.add(line);
        }
        Reply first = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            Matcher veto = VETO.matcher(line);
            if (veto.matches()) return Optional.of(new Reply(Answer.VETO, reason(veto.group(1), lines, i)));
            if (first != null) continue;
            Matcher abstain = ABSTAIN.matcher(line);
            Matcher support = SUPPORT.matcher(line);
            if (abstain.matches()) first = new Reply(Answer.ABSTAIN, reason(abstain.group(1), lines, i));
            else if (support.matches()) first = new Reply(Answer.SUPPORT, reason(support.group(1), lines, i));
        }
        return Optional.ofNullable(first);
    }

    /** The rest of the answer's line and the lines of its paragraph, at most 2,000 characters; null when none. */
    private static String reason(String rest, List<String> lines, int at) {
        StringBuilder reason = new StringBuilder(rest == null ? "" : rest.strip());
        for (int j = at + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) {
            if (reason.length() > 0) reason.append(' ');
            reason.append(lines.get(j));
        }
        String r = reason.length() > 2000 ? reason.substring(0, 2000) : reason.toString();
        return r.isBlank() ? null : r;
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
