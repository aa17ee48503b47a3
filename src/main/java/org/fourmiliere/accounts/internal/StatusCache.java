package org.fourmiliere.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.StatusNeutralChanges;
import org.fourmiliere.shared.AuditTrail;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Each account's row and statuses as last computed, so that a request does not ask every module again
 * (ADR 0008). An entry holds while nothing audited has changed since it was computed (apart from the
 * changes modules declare {@link StatusNeutralChanges status-neutral}) and the day is the same, since
 * statuses depend on the date. Any other committed change drops every entry at once: status facts change
 * a few times a day, requests come by the thousand.
 */
@Component
class StatusCache implements AuditTrail.Listener {

    /** What a request needs of its account. */
    record Entry(AccountRow row, SignedIn signedIn, List<GrantedAuthority> authorities) {}

    private record Held(long generation, LocalDate day, Entry entry) {}

    private static final int MOST = 100_000;

    private final ConcurrentHashMap<Long, Held> held = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Set<String> neutral = new HashSet<>();
    private final Clock clock;

    StatusCache(Clock clock, List<StatusNeutralChanges> neutralChanges) {
        this.clock = clock;
        neutralChanges.forEach(n -> neutral.addAll(n.entityTypes()));
    }

    /** The account's entry, computed by {@code load} when none holds; empty for an unknown account. */
    Optional<Entry> get(long accountId, LongFunction<Optional<Entry>> load) {
        long g = generation.get();
        LocalDate today = LocalDate.now(clock);
        Held h = held.get(accountId);
        if (h != null && h.generation() == g && h.day().equals(today)) return Optional.of(h.entry());
        Optional<Entry> fresh = load.apply(accountId);
        if (fresh.isEmpty()) {
            held.remove(accountId);
        } else {
            if (held.size() >= MOST) held.clear();
            // tagged with the generation read before loading: a change committed meanwhile makes it stale at once
            held.put(accountId, new Held(g, today, fresh.get()));
        }
        return fresh;
    }

    @Override
    public boolean concerns(String entityType) {
        return !neutral.contains(entityType);
    }

    @Override
    public void committed(String entityType) {
        dropAll();
    }

    /** Forgets every entry (statuses or accounts changed). */
    void dropAll() {
        generation.incrementAndGet();
    }
}
