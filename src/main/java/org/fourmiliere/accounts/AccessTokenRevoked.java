package org.fourmiliere.accounts;

/** A personal access token was revoked; it no longer opens its account. */
public record AccessTokenRevoked(long tokenId, long accountId) implements AccountEvent {}
