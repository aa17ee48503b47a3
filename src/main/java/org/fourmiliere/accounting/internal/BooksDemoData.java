package org.fourmiliere.accounting.internal;

import java.util.List;
import org.fourmiliere.accounting.Books;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The books of the demo collective: fiscal year 2006–07 as the annual report prints it (seed 000), posted through
 * the journal after the members and the time ({@link DemoContributor#BOOKS}). What is posted, and how the printed
 * statements are read, is told by {@link DemoBooks}. The whole fiscal year is posted, the months after the demo's
 * today included, so that its statements are the report's. What the other modules' demo parts posted before (the
 * sales module's invoices, payments and bad debt of the year) is read back from the journal and counted once: the
 * journal written here is the rest of the report (ADR 0903).
 */
@Component
class BooksDemoData implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(BooksDemoData.class);

    private final Books journal;
    private final JournalStore store;

    BooksDemoData(Books journal, JournalStore store) {
        this.journal = journal;
        this.store = store;
    }

    @Override
    public int order() {
        return BOOKS;
    }

    @Override
    public void load(DemoCast cast) {
        long start = System.nanoTime();
        List<DemoBooks.Posted> already = store.daySums(DemoBooks.FIRST_DAY, DemoBooks.LAST_DAY).stream()
                .map(d -> new DemoBooks.Posted(d.day(), d.account(), Money.cad(d.amount()))).toList();
        int posted = 0;
        for (NewEntry entry : DemoBooks.journal(cast, already)) {
            journal.post(entry);
            posted++;
        }
        log.info("Demo books: {} entries of fiscal year 2006-07 posted in {} ms, beside {} sums of the year posted already.",
                posted, (System.nanoTime() - start) / 1_000_000, already.size());
    }
}
