package org.fourmiliere.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When no account exists, creates the first administrator: from {@code FOURMILIERE_ADMIN_EMAIL} and
 * {@code FOURMILIERE_ADMIN_PASSWORD} when given; otherwise with a one-time password printed once in the
 * log, to be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String DEFAULT_EMAIL = "admin@fourmiliere.local";

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdministrator(AccountService accounts,
                       @Value("${fourmiliere.admin.email:}") String email,
                       @Value("${fourmiliere.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) return;
        String mail = email.isBlank() ? DEFAULT_EMAIL : email.trim();
        if (!password.isBlank()) {
            if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("FOURMILIERE_ADMIN_PASSWORD must have at least "
                        + AccountService.MIN_PASSWORD_LENGTH + " characters.");
            }
            accounts.create(mail, password, null, "fr", true, false);
            log.info("First administrator created: {}", mail);
        } else {
            String oneTime = OneTimePasswords.next();
            accounts.create(mail, oneTime, null, "fr", true, true);
            log.warn("""

                    ================================================================
                     First administrator: {}
                     One-time password:   {}
                     It is shown only this once and must be changed at first sign-in.
                    ================================================================""", mail, oneTime);
        }
    }
}
