package org.fourmiliere.accounts;

import java.util.Set;

/**
 * The audited entity types of a module whose changes never make anyone gain or lose a status (time
 * entries, for instance). Statuses are kept per account between requests and computed again after any
 * other audited change; a module declares here its frequent changes that need not drop them.
 */
public interface StatusNeutralChanges {
    Set<String> entityTypes();
}
