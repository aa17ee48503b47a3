/**
 * Roles (§5): sets of tasks with a budget and the people who hold them. Contributes the ACCOUNTING and
 * COORDINATION statuses to those who hold the matching role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roles",
        allowedDependencies = {"shared", "accounts", "members"})
package org.fourmiliere.roles;
