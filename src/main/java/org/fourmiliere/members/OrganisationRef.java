package org.fourmiliere.members;

/** An organisation as other modules see it; {@code kind} is NON_PROFIT, COOP, UNION, COMPANY or PUBLIC_BODY. */
public record OrganisationRef(long id, String name, String kind) {}
