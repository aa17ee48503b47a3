/**
 * The members registry (§3): persons, organisations, memberships, yearly dues and good standing, workers
 * and their engagement. Contributes the MEMBER and WORKER statuses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members",
        allowedDependencies = {"shared", "accounts"})
package org.fourmiliere.members;
