package org.fourmiliere.accounts;

import java.time.LocalDate;
import java.util.Set;
import org.fourmiliere.shared.ModuleEvent;

/**
 * A module that knows facts making a person hold a status (the members module knows dues and workers;
 * governance knows board seats and the work committee). Statuses are kept per account between requests
 * (ADR 0008), so a contributor also names the events its module publishes when those facts change: after
 * any of them is committed, every status is computed again (ADR 0009).
 */
public interface StatusContributor {

    Set<Status> statusesOf(long personId, LocalDate today);

    /**
     * The event types (a type covers its subtypes) after which {@link #statusesOf} may answer differently.
     * Name a module's parent event type rather than single events, so that an event added later is covered.
     */
    Set<Class<? extends ModuleEvent>> changedBy();
}
