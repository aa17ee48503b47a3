package org.fourmiliere.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Throttling of failed sign-ins (the form and HTTP Basic alike), counted in the database so that every node agrees:
 * per account name — whether or not an account has that name, so that the answer never tells which exist — after
 * {@value SignInLock#FREE_FAILURES} failures in a row, and per client address after
 * {@code fourmiliere.sign-in.failures-per-address} (50 by default: many people may share one address). Each further failure doubles the wait ({@link SignInLock}); a count left alone
 * for {@link #FORGOTTEN_AFTER} starts again from zero.
 */
@Service
class SignInThrottle {

    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** Why a sign-in is refused before its password is even checked. */
    enum Refusal { NONE, ACCOUNT, ADDRESS }

    private final ThrottleStore store;
    private final Clock clock;
    private final int addressFreeFailures;

    SignInThrottle(ThrottleStore store, Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${fourmiliere.sign-in.failures-per-address:50}") int addressFreeFailures) {
        this.store = store;
        this.clock = clock;
        this.addressFreeFailures = Math.max(addressFreeFailures, SignInLock.FREE_FAILURES);
    }

    int addressFreeFailures() {
        return addressFreeFailures;
    }

    Refusal check(String name, String address) {
        Instant now = Instant.now(clock);
        if (name != null && locked(accountKey(name), now)) return Refusal.ACCOUNT;
        if (address != null && locked(addressKey(address), now)) return Refusal.ADDRESS;
        return Refusal.NONE;
    }

    void failed(String name, String address) {
        Instant now = Instant.now(clock);
        if (name != null) count(accountKey(name), 0, now);
        if (address != null) count(addressKey(address), addressFreeFailures - SignInLock.FREE_FAILURES, now);
    }

    void succeeded(String name) {
        if (name != null) store.clear(accountKey(name));
    }

    private boolean locked(String key, Instant now) {
        return store.find(key).map(c -> SignInLock.isLocked(c.lockedUntil(), now)).orElse(false);
    }

    /** One more failure for the key; {@code extraFree} failures more than an account's are let through first. */
    private void count(String key, int extraFree, Instant now) {
        int before = store.find(key)
                .filter(c -> c.lastFailure().plus(FORGOTTEN_AFTER).isAfter(now))
                .map(ThrottleStore.Count::failures).orElse(0);
        int failures = before + 1;
        Instant lockedUntil = failures - extraFree >= SignInLock.FREE_FAILURES
                ? SignInLock.afterFailure(failures - extraFree - 1, now).lockedUntil() : null;
        store.put(key, failures, lockedUntil, now);
    }

    static String accountKey(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return "account:" + (n.length() > 320 ? n.substring(0, 320) : n);
    }

    static String addressKey(String address) {
        return "address:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }
}
