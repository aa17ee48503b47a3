package org.fourmiliere.requests.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text as search sees them, the same on H2 and PostgreSQL (ADR 1002): lower case, accents folded
 * ({@code facturé} → {@code facture}), then a light stemming shared by French and English that removes the plural and
 * the usual endings ({@code factures}, {@code facturé}, {@code facturées} → {@code factur}; {@code invoices},
 * {@code invoiced} → {@code invoic}). A few very common words are left out. Pure.
 */
public final class SearchTerms {

    private SearchTerms() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The longest word kept (the column's size). */
    public static final int MAX_LENGTH = 60;

    private static final Set<String> STOP = Set.of("le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en",
            "au", "aux", "a", "je", "vous", "nous", "il", "elle", "est", "pour", "par", "sur", "dans", "que", "qui", "ne",
            "pas", "ce", "the", "an", "and", "or", "of", "to", "in", "is", "it", "for", "on", "re", "tr", "fw", "fwd");

    /** Lower case without accents ({@code œ} → {@code oe}). */
    public static String fold(String text) {
        if (text == null) return "";
        String s = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The distinct stems of a text, in order of appearance. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : SPLIT.split(fold(text))) {
            if (w.isEmpty() || STOP.contains(w)) continue;
            String s = stem(w);
            if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** The stem of one folded word. */
    static String stem(String w) {
        if (w.chars().allMatch(Character::isDigit)) return w;
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) s = s.substring(0, s.length() - 3) + "y";
        if (s.length() > 3 && (s.endsWith("s") || s.endsWith("x")) && !s.endsWith("ss")) s = s.substring(0, s.length() - 1);
        if (s.length() > 5 && s.endsWith("ing")) s = s.substring(0, s.length() - 3);
        else if (s.length() > 4 && (s.endsWith("ed") || s.endsWith("er") || s.endsWith("ez"))) s = s.substring(0, s.length() - 2);
        for (int i = 0; i < 2 && s.length() > 3 && s.endsWith("e"); i++) s = s.substring(0, s.length() - 1);
        return s;
    }
}
