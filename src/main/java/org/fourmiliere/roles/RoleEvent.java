package org.fourmiliere.roles;

import org.fourmiliere.shared.ModuleEvent;

/** Who holds a role changed. */
public sealed interface RoleEvent extends ModuleEvent permits RoleHolderAdded, RoleHolderEnded {
    String roleCode();

    long personId();
}
