package org.fourmiliere.governance.internal.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of why a person has a status: a code (a message key {@code eligibility.reason.<code>} in the
 * bundles), whether it holds, and the values behind it. Stored as text so that every verification keeps its
 * reasons forever, and rendered in the reader's language.
 */
public record Reason(String code, boolean met, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, boolean met, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) a.add(String.valueOf(o));
        return new Reason(code, met, a);
    }

    public String messageKey() {
        return "eligibility.reason." + code;
    }

    /** One line: code, met, then each argument, separated by a unit separator. */
    public String encode() {
        StringBuilder b = new StringBuilder(clean(code)).append('\u001f').append(met);
        for (String a : args) b.append('\u001f').append(clean(a));
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\u001f', ' ');
    }

    public static Reason decode(String line) {
        String[] p = line.split("\u001f", -1);
        List<String> args = new ArrayList<>();
        for (int i = 2; i < p.length; i++) args.add(p[i]);
        return new Reason(p[0], Boolean.parseBoolean(p[1]), args);
    }

    public static String encodeAll(List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (Reason r : reasons) b.append(r.encode()).append('\n');
        return b.toString();
    }

    public static List<Reason> decodeAll(String text) {
        if (text == null || text.isBlank()) return List.of();
        return text.lines().filter(l -> !l.isBlank()).map(Reason::decode).toList();
    }
}
