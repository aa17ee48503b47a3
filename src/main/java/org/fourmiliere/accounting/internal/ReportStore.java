package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.fourmiliere.accounting.internal.ledgerstream.LedgerStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the sums behind the statements: from the monthly totals kept with the postings for whole months,
 * from the postings for the days at either end of a period; and the general ledger of an account through the
 * fast path of {@link LedgerStream}. No rules here: see {@link Reports}.
 */
@Repository
class ReportStore {

    /** A sum for an account (and department, month when asked). Amount signed: debit > 0; department 0 is none. */
    record Sum(long account, long department, YearMonth month, BigDecimal amount) {}

    private final JdbcTemplate jdbc;
    private final LedgerStream ledger;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        DataSource dataSource = jdbc.getDataSource();
        this.ledger = LedgerStream.of(dataSource);
    }

    /** The general ledger's fast path. */
    LedgerStream ledger() {
        return ledger;
    }

    /** Sums of the monthly totals of the months from {@code firstMonth} to {@code lastMonth} (first days), given to {@code out}. */
    void monthSums(LocalDate firstMonth, LocalDate lastMonth, boolean byDepartment, boolean byMonth, Consumer<Sum> out) {
        String dept = byDepartment ? "department_id" : "0";
        String month = byMonth ? "month_start" : "NULL";
        jdbc.query("SELECT account_id, " + dept + ", " + month + ", SUM(amount) FROM ledger_month_total"
                        + " WHERE month_start >= ? AND month_start <= ? GROUP BY account_id" + (byDepartment ? ", department_id" : "")
                        + (byMonth ? ", month_start" : ""),
                rs -> {
                    Date m = rs.getDate(3);
                    out.accept(new Sum(rs.getLong(1), rs.getLong(2), m == null ? null : YearMonth.from(m.toLocalDate()), rs.getBigDecimal(4)));
                }, Date.valueOf(firstMonth), Date.valueOf(lastMonth));
    }

    /** Sums of the postings dated in [from, to], given to {@code out}. */
    void lineSums(LocalDate from, LocalDate to, boolean byDepartment, boolean byMonth, Consumer<Sum> out) {
        String dept = byDepartment ? "COALESCE(department_id, 0)" : "0";
        String month = byMonth ? "EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date)" : "0, 0";
        jdbc.query("SELECT account_id, " + dept + ", " + month + ", SUM(amount) FROM journal_line"
                        + " WHERE entry_date >= ? AND entry_date <= ? GROUP BY account_id"
                        + (byDepartment ? ", COALESCE(department_id, 0)" : "")
                        + (byMonth ? ", EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date)" : ""),
                rs -> {
                    out.accept(new Sum(rs.getLong(1), rs.getLong(2), byMonth ? YearMonth.of(rs.getInt(3), rs.getInt(4)) : null,
                            rs.getBigDecimal(5)));
                }, Date.valueOf(from), Date.valueOf(to));
    }

    /** Every month's sum per account, since the beginning. */
    void allMonths(Consumer<Sum> out) {
        jdbc.query("SELECT account_id, month_start, SUM(amount) FROM ledger_month_total GROUP BY account_id, month_start",
                rs -> {
                    out.accept(new Sum(rs.getLong(1), 0, YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3)));
                });
    }
}
