package org.fourmiliere.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years that belong to one test each. Reports and locks of the books and of the time tracker cover everything
 * in a period, so a test that asserts totals writes into a year no other test of the run writes into, instead
 * of a date picked by hand to keep apart. The years lie well after {@link TestClock#START}.
 */
public final class Years {

    private static final AtomicInteger NEXT = new AtomicInteger(2100);

    private Years() {
    }

    /** A year no other test of this run has been given. */
    public static int fresh() {
        return NEXT.getAndIncrement();
    }

    /** The first of {@code count} consecutive years no other test of this run has been given (a fiscal year spans two). */
    public static int fresh(int count) {
        return NEXT.getAndAdd(count);
    }
}
