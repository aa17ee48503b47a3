package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.BookFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link BookFigures} read straight from the chart and the monthly totals: SQL only. */
@Repository
class BookFiguresStore implements BookFigures {

    private final JdbcClient jdbc;

    BookFiguresStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Account> accounts() {
        List<Account> raw = jdbc.sql("""
                SELECT a.code, a.name_fr, a.name_en, a.type, d.code AS dept, p.code AS parent
                FROM ledger_account a LEFT JOIN ledger_department d ON d.id = a.department_id
                LEFT JOIN ledger_account p ON p.id = a.parent_id ORDER BY a.code""")
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        AccountType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
        return raw;
    }

    @Override
    public List<Department> departments() {
        return jdbc.sql("SELECT code, name_fr, name_en FROM ledger_department ORDER BY id")
                .query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public void monthTotals(YearMonth first, YearMonth last, Consumer<MonthAmount> out) {
        jdbc.sql("""
                SELECT a.code, d.code, t.month_start, SUM(t.amount), a.type
                FROM ledger_month_total t JOIN ledger_account a ON a.id = t.account_id
                LEFT JOIN ledger_department d ON d.id = t.department_id
                WHERE t.month_start >= :first AND t.month_start <= :last AND a.type IN ('REVENUE', 'EXPENSE')
                GROUP BY a.code, d.code, t.month_start, a.type""")
                .param("first", Date.valueOf(first.atDay(1))).param("last", Date.valueOf(last.atDay(1)))
                .query(rs -> {
                    BigDecimal sum = rs.getBigDecimal(4);
                    if ("REVENUE".equals(rs.getString(5))) sum = sum.negate();
                    out.accept(new MonthAmount(rs.getString(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()), sum));
                });
    }

    @Override
    public void postings(String account, LocalDate from, LocalDate to, Consumer<Posting> out) {
        jdbc.sql("""
                SELECT l.entry_id, l.entry_date, e.description, d.code, l.amount, a.type
                FROM journal_line l JOIN ledger_account a ON a.id = l.account_id JOIN journal_entry e ON e.id = l.entry_id
                LEFT JOIN ledger_department d ON d.id = l.department_id
                WHERE a.code = :code AND l.entry_date >= :from AND l.entry_date <= :to
                ORDER BY l.entry_date, l.entry_id, l.line_no""")
                .param("code", account).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    BigDecimal amount = rs.getBigDecimal(5);
                    if ("REVENUE".equals(rs.getString(6))) amount = amount.negate();
                    out.accept(new Posting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), amount));
                });
    }

    @Override
    public BigDecimal balanceAt(Collection<String> accountCodes, LocalDate day) {
        if (accountCodes.isEmpty()) return BigDecimal.ZERO;
        LocalDate monthStart = day.withDayOfMonth(1);
        BigDecimal months = jdbc.sql("""
                SELECT COALESCE(SUM(t.amount), 0) FROM ledger_month_total t JOIN ledger_account a ON a.id = t.account_id
                WHERE a.code IN (:codes) AND t.month_start < :month""")
                .param("codes", accountCodes).param("month", Date.valueOf(monthStart)).query(BigDecimal.class).single();
        BigDecimal days = jdbc.sql("""
                SELECT COALESCE(SUM(l.amount), 0) FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
                WHERE a.code IN (:codes) AND l.entry_date >= :month AND l.entry_date <= :day""")
                .param("codes", accountCodes).param("month", Date.valueOf(monthStart)).param("day", Date.valueOf(day))
                .query(BigDecimal.class).single();
        return months.add(days);
    }
}
