package org.fourmiliere.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.shared.ModuleEvent;

/**
 * Test fixture: gives chosen statuses to synthetic person ids (from {@link #FIRST_ID} up), which no real
 * person has, so that the access matrix can walk every status without building the facts behind each one.
 * Real persons get their statuses only from the real modules.
 */
public class TestStatuses implements StatusContributor {

    public static final long FIRST_ID = 9_000_000_000L;

    /** Published by a test after it changed the statuses of a synthetic person. */
    public record Changed(long syntheticPersonId) implements ModuleEvent {}
    private static final Map<Long, Set<Status>> ASSIGNED = new ConcurrentHashMap<>();
    private static final Map<Long, Integer> ASKED = new ConcurrentHashMap<>();

    public static void assign(long syntheticPersonId, Set<Status> statuses) {
        if (syntheticPersonId < FIRST_ID) throw new IllegalArgumentException("only synthetic ids");
        ASSIGNED.put(syntheticPersonId, statuses);
    }

    /** How many times the statuses of a synthetic person were computed. */
    public static int asked(long syntheticPersonId) {
        return ASKED.getOrDefault(syntheticPersonId, 0);
    }

    @Override
    public Set<Status> statusesOf(long personId, LocalDate today) {
        if (personId >= FIRST_ID) ASKED.merge(personId, 1, Integer::sum);
        return ASSIGNED.getOrDefault(personId, Set.of());
    }

    @Override
    public Set<Class<? extends ModuleEvent>> changedBy() {
        return Set.of(Changed.class);
    }
}
