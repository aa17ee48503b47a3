package org.fourmiliere.requests.internal;

import java.time.Clock;
import java.util.List;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers' saved searches: a name over the filters of a queue's page (status, words, tag, unowned) or the words of the search page, kept per account,
 * shared with every worker when asked; only their owner deletes them. A search is checked as the pages read it (a
 * known queue, a known status) so that its link always opens.
 */
@Service
public class SavedSearches {

    public static final int NAME_MAX = 100;
    public static final int QUERY_MAX = 500;
    /** At most this many searches per account. */
    public static final int PER_ACCOUNT = 200;

    /** What a worker saves; {@code queue} blank for the search page, {@code status} blank for the page's default. */
    public record NewSearch(String name, String queue, String query, String status, String tag, boolean unowned,
                            boolean shared) {}

    private final SavedSearchStore store;
    private final RequestStore requests;
    private final Clock clock;

    SavedSearches(SavedSearchStore store, RequestStore requests, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.clock = clock;
    }

    /** The account's searches and those others share, by name. */
    @Transactional(readOnly = true)
    public List<SavedSearch> visibleTo(long accountId) {
        return store.visibleTo(accountId);
    }

    @Transactional
    public SavedSearch save(long accountId, Long personId, NewSearch s) {
        String name = s.name() == null ? "" : s.name().strip();
        if (name.isEmpty()) throw new Problems.InvalidInput("name", "requests.saved.name.required");
        if (name.length() > NAME_MAX) throw new Problems.InvalidInput("name", "requests.saved.name.tooLong", NAME_MAX);
        if (hasControl(name)) throw new Problems.InvalidInput("name", "requests.saved.name.invalid");
        String query = s.query() == null || s.query().isBlank() ? null : s.query().strip();
        if (query != null && query.length() > QUERY_MAX) throw new Problems.InvalidInput("q", "requests.saved.q.tooLong", QUERY_MAX);
        if (query != null && hasControl(query)) throw new Problems.InvalidInput("q", "requests.saved.q.invalid");
        String queue = s.queue() == null || s.queue().isBlank() ? null : s.queue().strip();
        if (queue != null && requests.queues().stream().noneMatch(q -> q.code().equals(queue))) {
            throw new Problems.InvalidInput("queue", "requests.saved.queue.unknown");
        }
        String status = s.status() == null || s.status().isBlank() ? null : s.status().strip().toUpperCase(java.util.Locale.ROOT);
        if (status != null && !"ALL".equals(status) && TicketStatus.parse(status).isEmpty()) {
            throw new Problems.InvalidInput("status", "requests.status.invalid");
        }
        String tag = Ticket.normalTag(s.tag());
        if (queue == null && query == null) throw new Problems.InvalidInput("q", "requests.saved.empty");
        if (queue == null && (status != null || tag != null || s.unowned())) {
            // the search page has words only: a status, a tag or "unowned" without a queue would be silently dropped
            throw new Problems.InvalidInput("queue", "requests.saved.queue.required");
        }
        if (store.nameTaken(accountId, name)) throw new Problems.Conflict("name", "requests.saved.name.taken", name);
        if (store.countOf(accountId) >= PER_ACCOUNT) throw new Problems.Conflict("name", "requests.saved.tooMany", PER_ACCOUNT);
        SavedSearch row = new SavedSearch(0, accountId, personId, name, queue, query, status, tag, queue != null && s.unowned(),
                s.shared(), clock.instant());
        long id = store.insert(row);
        return store.find(id).orElseThrow();
    }

    /** Deletes one of the account's own searches; another's (shared or not) or an unknown one answers 404. */
    @Transactional
    public void delete(long id, long accountId) {
        SavedSearch s = store.find(id).filter(x -> x.ownedBy(accountId))
                .orElseThrow(() -> new Problems.NotFound("requests.saved.unknown", id));
        store.delete(s.id());
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }
}
