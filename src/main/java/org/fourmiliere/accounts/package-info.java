/**
 * People's log-in accounts, personal access tokens, and the permissions that follow from a person's
 * status (member, worker, work-committee member, board member, role holder, administrator). No module
 * grants a permission to a person directly: it contributes statuses through {@link StatusContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = "shared")
package org.fourmiliere.accounts;
