package org.fourmiliere.requests.internal;

/** A requester or a person copied ({@code CC}) on a ticket: an address, and the registry's person when known. */
public record Party(long ticketId, String address, String role, Long personId, String name) {}
