/**
 * Budgets and planning (§9): the budget per line and fiscal year with its versions, its evaluation against the
 * books, next year's projection, the cash-flow forecast and profitability per service. Reads the books, sales,
 * the time tracker, the members' engagements and the decision register only through their root packages. See docs/budgets.md and ADRs 1100–1101.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budgets",
        allowedDependencies = {"shared", "accounts", "accounting", "sales", "timesheets", "governance", "members"})
package org.fourmiliere.budgets;
