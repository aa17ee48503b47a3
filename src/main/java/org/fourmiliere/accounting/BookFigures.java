package org.fourmiliere.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What planning modules (budgets) read from the books: the chart, the departments, and the monthly totals kept with
 * the postings. Every figure is a sum of journal lines, so it can be followed to the entries behind it.
 */
public interface BookFigures {

    /** An account of the chart; department: the code of its own department, or null; parent: its parent's code, or null. */
    record Account(String code, String nameFr, String nameEn, AccountType type, String department, String parent) {}

    record Department(String code, String nameFr, String nameEn) {}

    /**
     * The sum of an account's postings in a month for one department (null: postings without one), in the account's
     * normal direction (revenue and expenses positive).
     */
    record MonthAmount(String account, String department, YearMonth month, BigDecimal amount) {}

    /**
     * One journal line of an account: its entry, day, description, department (null: none) and amount in the
     * account's normal direction (revenue and expenses positive).
     */
    record Posting(long entryId, LocalDate date, String description, String department, BigDecimal amount) {}

    List<Account> accounts();

    List<Department> departments();

    /** The revenue and expense totals of the months from first to last (both included), given to {@code out}. */
    void monthTotals(YearMonth first, YearMonth last, Consumer<MonthAmount> out);

    /** The postings of a revenue or expense account from one day to another (both included), in date order. */
    void postings(String account, LocalDate from, LocalDate to, Consumer<Posting> out);

    /** The balance (debits − credits) of the accounts at the end of a day. */
    BigDecimal balanceAt(Collection<String> accountCodes, LocalDate day);
}
