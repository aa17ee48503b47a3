package org.fourmiliere.accounts;

/** An account was opened (for a person, or for an administrator). */
public record AccountCreated(long accountId, Long personId) implements AccountEvent {}
