package org.fourmiliere.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a password a person chooses, beyond its length ({@link AccountService#MIN_PASSWORD_LENGTH}): it is not
 * one of the passwords attackers try first. The list ({@code accounts/common-passwords.txt}, see its header for its
 * source) is compared without case, and also with the digits and signs a person adds at either end taken off
 * ({@code Password2024!} is {@code password}), and the password may not be the e-mail address or its name part.
 */
final class PasswordRules {

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    static boolean isCommon(String password, String email) {
        if (password == null) return false;
        String p = password.toLowerCase(Locale.ROOT).strip();
        String core = p.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        if (COMMON.contains(p) || (!core.isEmpty() && COMMON.contains(core))) return true;
        if (p.chars().distinct().count() <= 2) return true;
        if (email != null) {
            String e = email.toLowerCase(Locale.ROOT);
            String name = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
            if (p.equals(e) || p.equals(name) || core.equals(name.replaceAll("[^\\p{L}]", ""))) return true;
        }
        return false;
    }

    static int size() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("accounts/common-passwords.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
