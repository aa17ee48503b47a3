package org.fourmiliere.roles;

import java.time.LocalDate;

/** A person holds the role from {@code since} on. */
public record RoleHolderAdded(String roleCode, long holderId, long personId, LocalDate since) implements RoleEvent {}
