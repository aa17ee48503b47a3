package org.fourmiliere.accounts;

import org.fourmiliere.shared.ModuleEvent;

/** What happened to an account or its personal access tokens. */
public sealed interface AccountEvent extends ModuleEvent
        permits AccountCreated, AccountChanged, AccessTokenCreated, AccessTokenRevoked {
    long accountId();
}
