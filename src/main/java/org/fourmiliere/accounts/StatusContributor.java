package org.fourmiliere.accounts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A module that knows facts making a person hold a status (the members module knows dues and workers;
 * governance knows board seats and the work committee). Asked on every request, so that a change of
 * status changes permissions at once.
 */
public interface StatusContributor {
    Set<Status> statusesOf(long personId, LocalDate today);
}
