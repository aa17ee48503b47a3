package org.fourmiliere.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fourmiliere.demo.internal.DemoStore;
import org.fourmiliere.shared.DemoDay;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo collective when asked ({@code --demo} or {@code FOURMILIERE_DEMO=true}), once: a database
 * that already holds it (or anything else in its registry) is left alone.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoContributor> contributors;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private final DemoStore state;

    DemoLoader(List<DemoContributor> contributors, TransactionTemplate transactions, Clock clock,
               DemoDay demoDay, DemoStore state) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).toList();
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = demoDay.on();
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) return;
        if (state.loaded()) {
            log.info("Demo collective already loaded; nothing to do.");
            return;
        }
        load();
    }

    /** Loads every module's part, all or nothing. */
    void load() {
        DemoCast cast = Koumbit2007.cast(LocalDate.now(clock));
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> {
            for (DemoContributor c : contributors) {
                c.load(cast);
            }
            state.markLoaded(clock);
        });
        log.info("Demo collective loaded in {} ms: {} persons, {} organisations, {} bodies, {} board seats; it lives on {}.",
                (System.nanoTime() - started) / 1_000_000, cast.persons().size(), cast.organisations().size(),
                cast.bodies().size(), cast.seats().size(), cast.today());
        log.info("Demo sign-ins: every demo person, e.g. antoine@example.org (worker, coordination) or claire@example.org "
                + "(accounting), with the password '{}'.", cast.password());
    }
}
