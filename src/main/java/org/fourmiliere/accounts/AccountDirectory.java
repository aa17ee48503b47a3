package org.fourmiliere.accounts;

import java.util.Optional;

/** What other modules may ask of accounts. */
public interface AccountDirectory {

    /** Creates a sign-in for a person, who must set a password through the given one-time password. */
    long createAccount(String email, String password, Long personId, String language, boolean mustChangePassword);

    /**
     * Creates a sign-in for a person with a one-time password, which the person must change at first sign-in,
     * and returns that password (shown once). A taken e-mail is a {@code Problems.Conflict}.
     */
    String createAccountWithOneTimePassword(String email, long personId, String language);

    Optional<Long> accountIdOfPerson(long personId);

    /** Links an existing account (found by e-mail) to a person, if not linked already. */
    void linkPerson(String email, long personId);
}
