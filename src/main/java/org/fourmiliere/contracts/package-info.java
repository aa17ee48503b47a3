/**
 * Contracts, rates and the pipeline (§10): the dated grid of indicative hourly rates per service and client kind,
 * partner agreements, opportunities from a request to won or lost with the weighted pipeline and the weekly review,
 * contracts with their activity in the time tracker, budget alerts, invoices made from the hours worked or from
 * milestones, the collective's share of a freelancer's contract and the profitability of contracts. See
 * docs/contracts.md and ADRs 1200–1202.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts",
        allowedDependencies = {"shared", "accounts", "members", "governance", "timesheets", "sales", "mail"})
package org.fourmiliere.contracts;
