package org.fourmiliere.accounts.internal;

import java.security.SecureRandom;

/**
 * One-time passwords: sixteen characters in four groups (xxxx-xxxx-xxxx-xxxx), from an alphabet without the
 * characters that are easily confused (0/O, 1/l/I). Shown once; the account must change it at first sign-in.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String next() {
        StringBuilder b = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) b.append('-');
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
