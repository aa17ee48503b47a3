package org.fourmiliere.roles;

import java.time.LocalDate;

/** A person no longer holds the role from {@code on} on. */
public record RoleHolderEnded(String roleCode, long holderId, long personId, LocalDate on) implements RoleEvent {}
