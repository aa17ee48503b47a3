package org.fourmiliere.requests.internal;

/** A link of a ticket to another: DEPENDS_ON, REFERS_TO, MERGED_INTO. */
public record Link(String kind, long otherId) {}
