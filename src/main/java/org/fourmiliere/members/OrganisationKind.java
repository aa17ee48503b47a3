package org.fourmiliere.members;

/** The kind of an organisation of the registry. */
public enum OrganisationKind {
    NON_PROFIT,
    COOP,
    UNION,
    COMPANY,
    PUBLIC_BODY
}
