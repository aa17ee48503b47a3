package org.fourmiliere.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Test fixture: a reaction after commit (kept in the event publication registry) that fails the first time it
 * is given a {@link Probe} and succeeds afterwards, as a reaction cut by a crash or a passing fault would.
 */
public class FailingOnce {

    /** An event only this fixture listens to. */
    public record Probe(String key) {}

    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    public void on(Probe probe) {
        if (attempts.merge(probe.key(), 1, Integer::sum) == 1) {
            throw new IllegalStateException("fails the first time, on purpose");
        }
        handled.add(probe.key());
    }

    public int attempts(String key) {
        return attempts.getOrDefault(key, 0);
    }

    public boolean handled(String key) {
        return handled.contains(key);
    }
}
