package org.fourmiliere.members;

/**
 * An organisation of the registry as seen from the person who represents it: its id, name and own e-mail address
 * ({@code null} when the registry has none), in lower case as the registry keeps it.
 */
public record RepresentedOrganisation(long id, String name, String email) {}
