package org.fourmiliere.requests.internal;

import java.time.Instant;

/**
 * A worker's saved search: the filters of a queue's page ({@code queueCode}, words, status, tag, unowned) or, without a
 * queue, the words of the search page. {@code status} is null (the page's default: the active tickets), {@code ALL}
 * or a status's name.
 */
public record SavedSearch(long id, long accountId, Long personId, String name, String queueCode, String query,
                          String status, String tag, boolean unowned, boolean shared, Instant createdAt) {

    public boolean ownedBy(long account) {
        return accountId == account;
    }
}
