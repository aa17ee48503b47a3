/**
 * Job complexes (§5): the tasks of each role, their ratings for desirability and empowerment by rating rounds,
 * each worker's complex (the hours-weighted mean of the tasks they did), the spread between workers, and the
 * solver that proposes a fairer assignment of task hours. Depends on roles (the roles and their holders, changed
 * when a proposal is accepted), on the time tracker (every task is an activity; the hours come from it) and on the
 * contracts' activities (a task may take its role's client work of a service kind).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Job complexes",
        allowedDependencies = {"shared", "accounts", "members", "roles", "timesheets", "contracts"})
package org.fourmiliere.complexes;
