package org.fourmiliere.accounting.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.Statements;
import org.fourmiliere.accounting.internal.Reports;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of the books, for whoever keeps them: the money in the bank today (the asset accounts
 * coded 1000–1099: chequing, petty cash, PayPal…), what clients owe and what is owed to suppliers, and this
 * fiscal year's result so far beside the same days of last year.
 */
@Allowed(Permission.KEEP_BOOKS)
@Controller
class BooksHomeBlock {

    record CashLine(String name, Money balance) {}

    record Headline(LocalDate today, FiscalYear year, List<CashLine> cash, Money cashTotal, Money receivables,
                    Money payables, Money revenue, Money expenses, Money profit, Money lastYearProfit) {}

    private final Reports reports;
    private final Clock clock;

    BooksHomeBlock(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/books/home")
    String block(Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        FiscalYear year = reports.fiscalYear(today);
        Statements.TrialBalance balances = reports.trialBalance(today, locale);
        List<CashLine> cash = balances.lines().stream()
                .filter(l -> l.type() == AccountType.ASSET && isCash(l.code()))
                .map(l -> new CashLine(l.name(), Money.cad(signed(l)))).toList();
        Statements.IncomeStatement soFar = reports.incomeStatement(year.firstDay(), today, locale);
        Statements.IncomeStatement lastYear = reports.incomeStatement(year.firstDay().minusYears(1), today.minusYears(1), locale);
        model.addAttribute("books", new Headline(today, year, cash,
                Money.cad(cash.stream().map(c -> c.balance().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)),
                Money.cad(balance(balances, "1200")), Money.cad(balance(balances, "2010").negate()),
                Money.cad(soFar.revenue().total()), Money.cad(soFar.expenses().total()), Money.cad(soFar.profit()),
                Money.cad(lastYear.profit())));
        return "accounting/home-block :: block";
    }

    private static boolean isCash(String code) {
        return code.length() == 4 && code.startsWith("10");
    }

    private static BigDecimal balance(Statements.TrialBalance balances, String code) {
        return balances.lines().stream().filter(l -> l.code().equals(code)).map(BooksHomeBlock::signed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A balance with debits positive. */
    private static BigDecimal signed(Statements.TrialLine l) {
        return l.debit() != null ? l.debit() : l.credit().negate();
    }
}
