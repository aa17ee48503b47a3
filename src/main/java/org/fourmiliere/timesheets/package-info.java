/**
 * The time tracker and the single wage (§8): activities, time entries, punching, views of weeks and
 * months, the dated wage table, pay, locking, import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timesheets",
        allowedDependencies = {"shared", "accounts", "members", "governance"})
package org.fourmiliere.timesheets;
