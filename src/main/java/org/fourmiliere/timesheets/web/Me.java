package org.fourmiliere.timesheets.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.shared.Problems;

/** The worker acting in this request: the signed-in account's person. */
final class Me {

    private Me() {}

    static long worker() {
        Long id = SignedIn.require().personId();
        if (id == null) throw new Problems.InvalidInput("worker", "time.no-person");
        return id;
    }

    static long account() {
        return SignedIn.require().accountId();
    }

    static boolean seesAll() {
        return SignedIn.current().map(s -> s.has(Permission.VIEW_ALL_TIME)).orElse(false);
    }

    /** The worker whose time is asked for: oneself, or anyone for those who see every worker's time. */
    static long workerOrSelf(Long asked) {
        if (asked == null) return worker();
        Long self = SignedIn.require().personId();
        if (asked.equals(self) || seesAll()) return asked;
        throw new Problems.NotFound("time.worker.not-found");
    }
}
