package org.fourmiliere.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fourmiliere.shared.FiscalYear;

/**
 * The statements of the books as read by the pages and the API (amounts in CAD, to the cent; a share is a
 * percentage of its section's total).
 */
public final class Statements {

    private Statements() {}

    public record TrialLine(String code, String name, AccountType type, BigDecimal debit, BigDecimal credit) {}

    public record TrialBalance(LocalDate at, List<TrialLine> lines, BigDecimal totalDebit, BigDecimal totalCredit) {}

    /** A line of a statement: amount in the account's normal direction (credit-normal accounts shown positive). */
    public record Line(String code, String name, int depth, BigDecimal amount, BigDecimal share) {}

    public record Section(AccountType type, List<Line> lines, BigDecimal total) {}

    public record BalanceSheet(LocalDate at, FiscalYear fiscalYear, Section assets, Section liabilities, Section equity,
                               BigDecimal retainedEarnings, BigDecimal currentProfit, BigDecimal totalEquity,
                               BigDecimal totalLiabilitiesAndEquity) {}

    public record IncomeStatement(LocalDate from, LocalDate to, Section revenue, Section expenses, BigDecimal profit) {}

    public record DepartmentLine(String code, String name, BigDecimal revenue, BigDecimal revenueShare,
                                 BigDecimal expenses, BigDecimal expensesShare, BigDecimal profit) {}

    public record ByDepartment(LocalDate from, LocalDate to, List<DepartmentLine> lines, BigDecimal revenue,
                               BigDecimal expenses, BigDecimal profit) {}

    public record MonthlyLine(String code, String name, AccountType type, List<BigDecimal> amounts, BigDecimal total) {}

    public record Monthly(LocalDate from, LocalDate to, List<YearMonth> months, List<MonthlyLine> lines,
                          List<BigDecimal> revenue, List<BigDecimal> expenses, List<BigDecimal> profit) {}

    public record LedgerRow(long entry, LocalDate date, String description, String reference, String party,
                            BigDecimal amount, BigDecimal balance) {}

    public record YearFigures(String label, LocalDate end, BigDecimal revenue, BigDecimal expenses, BigDecimal profit,
                              BigDecimal netValue) {}

    public record AccountBalance(String account, String code, BigDecimal amount) {}
}
