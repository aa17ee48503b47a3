/**
 * Roles (§5): sets of tasks with a budget and the people who hold them. Contributes the ACCOUNTING and
 * COORDINATION statuses to those who hold the matching role.
 * <p>
 * The smallest complete module, the example that docs/adding-a-module.md follows step by step. Its public API
 * is this package: {@link org.fourmiliere.roles.RoleDirectory} (with {@link org.fourmiliere.roles.RoleRef}),
 * the commands {@link org.fourmiliere.roles.AddHolder} and {@link org.fourmiliere.roles.EndHolder}, and the
 * events under {@link org.fourmiliere.roles.RoleEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roles",
        allowedDependencies = {"shared", "accounts", "members"})
package org.fourmiliere.roles;
