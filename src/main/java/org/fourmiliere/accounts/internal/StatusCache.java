package org.fourmiliere.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.fourmiliere.accounts.AccountChanged;
import org.fourmiliere.accounts.AccountCreated;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.shared.KeptInMemory;
import org.fourmiliere.shared.ModuleEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Each account's row and statuses as last computed, so that a request does not ask every module again
 * (ADR 0008). An entry holds while the day is the same, since statuses depend on the date, and until an
 * event is committed after which statuses may differ: an account's own change, or an event a
 * {@link StatusContributor} names ({@link StatusContributor#changedBy()}, ADR 0009). Such an event drops
 * every entry at once: status facts change a few times a day, requests come by the thousand.
 */
@Component
class StatusCache implements KeptInMemory {

    /** What a request needs of its account. */
    record Entry(AccountRow row, SignedIn signedIn, List<GrantedAuthority> authorities) {}

    private record Held(long generation, LocalDate day, Entry entry) {}

    private static final int MOST = 100_000;

    private final ConcurrentHashMap<Long, Held> held = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final List<Class<? extends ModuleEvent>> changedBy = new ArrayList<>();
    private final Clock clock;

    StatusCache(Clock clock, List<StatusContributor> contributors) {
        this.clock = clock;
        changedBy.add(AccountCreated.class);
        changedBy.add(AccountChanged.class);
        contributors.forEach(c -> changedBy.addAll(c.changedBy()));
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
    public boolean concerns(Class<? extends ModuleEvent> eventType) {
        for (Class<? extends ModuleEvent> c : changedBy) if (c.isAssignableFrom(eventType)) return true;
        return false;
    }

    /** Forgets every entry (statuses or accounts changed). */
    @Override
    public void forget() {
        generation.incrementAndGet();
    }
}
