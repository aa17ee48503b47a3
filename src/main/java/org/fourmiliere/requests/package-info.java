/**
 * Requests (§10, seed 002): a request tracker fed by e-mail. Queues matching a role or a task, each fed by addresses
 * of the collective; tickets opened by mail, the public form or a worker, threaded by {@code In-Reply-To}/
 * {@code References} then by {@code [fourmi #N]}; replies to requesters and Cc, internal comments; service targets in
 * business hours paused while waiting for the requester; time worked recorded in the time tracker; full-text search;
 * due dates, tags, links and custom fields per queue; a requester portal with magic links (an organisation's
 * representative also sees its tickets; link asks throttled); workers' saved searches. Its public API is this
 * package: {@link org.fourmiliere.requests.TicketEvent} and its events. See docs/requests.md and ADRs 1000–1007.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
        allowedDependencies = {"shared", "accounts", "members", "mail", "calendar", "roles", "timesheets"})
package org.fourmiliere.requests;
