package org.fourmiliere.support.archfixtures;

/**
 * A deliberately bad class for {@code TimeTablesOwnedTest}: outside the time tracker, it sums time entries itself.
 * Never used by the application.
 */
public final class ReadsTimeTables {

    public static final String SQL = "SELECT worker_id, SUM(duration_min) FROM ts_entry WHERE work_day BETWEEN ? AND ? GROUP BY worker_id";

    private ReadsTimeTables() {}
}
