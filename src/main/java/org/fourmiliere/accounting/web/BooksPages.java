package org.fourmiliere.accounting.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.accounting.Statements;
import org.fourmiliere.accounting.internal.BooksCommands;
import org.fourmiliere.accounting.internal.ChartOfAccounts;
import org.fourmiliere.accounting.internal.JournalImport;
import org.fourmiliere.accounting.internal.JournalService;
import org.fourmiliere.accounting.internal.LedgerAccount;
import org.fourmiliere.accounting.internal.Reports;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the books: journal, chart, reports, closing, import. */
@Allowed(Permission.READ_BOOKS)
@Controller
class BooksPages {

    private static final int LEDGER_PAGE_ROWS = 1000;

    private final JournalService journal;
    private final JournalImport imports;
    private final Reports reports;
    private final ChartOfAccounts chart;
    private final FormErrors formErrors;
    private final Clock clock;

    BooksPages(JournalService journal, JournalImport imports, Reports reports, ChartOfAccounts chart, FormErrors formErrors,
               Clock clock) {
        this.journal = journal;
        this.imports = imports;
        this.reports = reports;
        this.chart = chart;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/books")
    String home(Model model, Locale locale) {
        var years = reports.years();
        model.addAttribute("years", years);
        model.addAttribute("chart", YearsChart.of(years));
        model.addAttribute("latest", journal.latest(15));
        model.addAttribute("closedThrough", journal.closedThrough().orElse(null));
        FiscalYear fy = reports.fiscalYear(today());
        model.addAttribute("fy", fy);
        return "accounting/home";
    }

    // ---------------------------------------------------------------- chart of accounts

    @GetMapping("/books/accounts")
    String accounts(Model model) {
        model.addAttribute("accountForm", BooksCommands.OpenAccount.blank());
        return accountsPage(model);
    }

    private String accountsPage(Model model) {
        model.addAttribute("accounts", chart.accounts());
        model.addAttribute("departments", chart.departments());
        return "accounting/accounts";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/books/accounts")
    String createAccount(@Valid @ModelAttribute("accountForm") BooksCommands.OpenAccount form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return accountsPage(model);
        try {
            chart.create(form);
            return "redirect:/books/accounts";
        } catch (Problems.DomainException e) {
            FormErrors.reject(errors, e);
            return accountsPage(model);
        }
    }

    // ---------------------------------------------------------------- journal

    @GetMapping("/books/entries/new")
    String newEntry(Model model) {
        model.addAttribute("entryForm", EntryForm.blank(today(), 4));
        return entryFormPage(model);
    }

    private String entryFormPage(Model model) {
        model.addAttribute("accounts", chart.accounts());
        model.addAttribute("departments", chart.departments());
        return "accounting/entry-form";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/books/entries")
    String postEntry(@Valid @ModelAttribute("entryForm") EntryForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return entryFormPage(model);
        try {
            long id = journal.post(form.toNewEntry());
            return "redirect:/books/entries/" + id;
        } catch (Problems.DomainException e) {
            // a refusal of one line is shown with the lines, above them
            String field = e.field();
            FormErrors.reject(errors, e, field != null && field.startsWith("lines") ? Map.of(field, "lines") : Map.of());
            return entryFormPage(model);
        }
    }

    @GetMapping("/books/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("entry", journal.entry(id).orElseThrow(() -> new Problems.NotFound("books.entry.not-found", id)));
        model.addAttribute("history", journal.history(id));
        model.addAttribute("today", today());
        return "accounting/entry";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/books/entries/{id}/reverse")
    String reverse(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   RedirectAttributes redirect) {
        try {
            long reversal = journal.reverse(id, new BooksCommands.Reverse(date, null));
            return "redirect:/books/entries/" + reversal;
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:/books/entries/" + id;
        }
    }

    @GetMapping("/books/ledger")
    String ledger(@RequestParam(required = false) String account,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("accounts", chart.accounts());
        FiscalYear fy = reports.fiscalYear(today());
        LocalDate f = from == null ? fy.firstDay() : from;
        LocalDate t = to == null ? fy.lastDay() : to;
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        if (account != null && !account.isBlank()) {
            LedgerAccount a = chart.index().account(account);
            if (a == null) throw new Problems.NotFound("books.account.not-found", account);
            List<Statements.LedgerRow> rows = new ArrayList<>();
            boolean[] more = {false};
            BigDecimal[] closing = {null};
            BigDecimal opening = reports.ledger(a, f, t, r -> {
                if (rows.size() < LEDGER_PAGE_ROWS) rows.add(r); else more[0] = true;
                closing[0] = r.balance();
            });
            model.addAttribute("account", a);
            model.addAttribute("rows", rows);
            model.addAttribute("more", more[0]);
            model.addAttribute("opening", opening);
            model.addAttribute("closing", closing[0] == null ? opening : closing[0]);
        }
        return "accounting/ledger";
    }

    // ---------------------------------------------------------------- reports

    @GetMapping("/books/trial-balance")
    String trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model, Locale locale) {
        model.addAttribute("report", reports.trialBalance(at == null ? today() : at, locale));
        return "accounting/trial-balance";
    }

    @GetMapping("/books/balance-sheet")
    String balanceSheet(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model, Locale locale) {
        model.addAttribute("report", reports.balanceSheet(at == null ? today() : at, locale));
        return "accounting/balance-sheet";
    }

    @GetMapping("/books/income-statement")
    String incomeStatement(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(defaultValue = "account") String by, Model model, Locale locale) {
        FiscalYear fy = reports.fiscalYear(today());
        LocalDate f = from == null ? fy.firstDay() : from;
        LocalDate t = to == null ? fy.lastDay() : to;
        if (t.isBefore(f)) t = f;
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("by", by);
        switch (by) {
            case "department" -> model.addAttribute("report", reports.byDepartment(f, t, locale));
            case "month" -> model.addAttribute("report", reports.monthly(f, t, locale));
            default -> {
                model.addAttribute("by", "account");
                model.addAttribute("report", reports.incomeStatement(f, t, locale));
            }
        }
        return "accounting/income-statement";
    }

    // ---------------------------------------------------------------- closing, import

    @GetMapping("/books/periods")
    String periods(Model model) {
        model.addAttribute("closedThrough", journal.closedThrough().orElse(null));
        model.addAttribute("history", journal.lockHistory());
        return "accounting/periods";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/books/periods")
    String close(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedThrough) {
        journal.closeThrough(closedThrough);
        return "redirect:/books/periods";
    }

    @GetMapping("/books/import")
    String importPage() {
        return "accounting/import";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/books/import")
    String importJournal(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", imports.importJournal(file.getInputStream()));
        } catch (JournalImport.Failed e) {
            model.addAttribute("problems", e.problems());
        }
        return "accounting/import";
    }
}
