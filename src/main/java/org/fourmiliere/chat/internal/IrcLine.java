package org.fourmiliere.chat.internal;

import java.util.ArrayList;
import java.util.List;

/** One IRC message (RFC 1459/2812): {@code [:prefix] COMMAND params [:trailing]}, tags dropped. */
record IrcLine(String prefix, String command, List<String> params) {

    static IrcLine parse(String line) {
        String rest = line;
        if (rest.startsWith("@")) {
            int sp = rest.indexOf(' ');
            rest = sp < 0 ? "" : rest.substring(sp + 1);
        }
        String prefix = null;
        if (rest.startsWith(":")) {
            int sp = rest.indexOf(' ');
            prefix = sp < 0 ? rest.substring(1) : rest.substring(1, sp);
            rest = sp < 0 ? "" : rest.substring(sp + 1);
        }
        List<String> params = new ArrayList<>();
        String command = null;
        while (!rest.isEmpty()) {
            if (rest.startsWith(":") && command != null) {
                params.add(rest.substring(1));
                break;
            }
            int sp = rest.indexOf(' ');
            String word = sp < 0 ? rest : rest.substring(0, sp);
            rest = sp < 0 ? "" : rest.substring(sp + 1).stripLeading();
            if (command == null) command = word.toUpperCase(java.util.Locale.ROOT);
            else params.add(word);
        }
        return new IrcLine(prefix, command == null ? "" : command, List.copyOf(params));
    }

    String param(int i) {
        return i < params.size() ? params.get(i) : "";
    }

    /** The nick of the prefix {@code nick!user@host}. */
    String nick() {
        if (prefix == null) return "";
        int bang = prefix.indexOf('!');
        return bang < 0 ? prefix : prefix.substring(0, bang);
    }

    /** The {@code user@host} of the prefix as the server gives it ({@code ~} of an unverified ident kept); null when none. */
    String userHost() {
        if (prefix == null) return null;
        int bang = prefix.indexOf('!');
        if (bang < 0 || prefix.indexOf('@', bang) < 0) return null;
        String uh = prefix.substring(bang + 1);
        return uh;
    }
}
