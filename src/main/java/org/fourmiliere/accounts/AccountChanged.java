package org.fourmiliere.accounts;

/** Something of an account changed: its person, password, language, or whether it may sign in. */
public record AccountChanged(long accountId) implements AccountEvent {}
