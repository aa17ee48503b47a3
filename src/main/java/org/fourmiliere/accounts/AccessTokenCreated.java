package org.fourmiliere.accounts;

/** A personal access token was created for an account. */
public record AccessTokenCreated(long tokenId, long accountId) implements AccountEvent {}
