package org.fourmiliere.accounting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.internal.Department;
import org.fourmiliere.accounting.internal.JournalImport;
import org.fourmiliere.accounting.internal.JournalService;
import org.fourmiliere.accounting.internal.LedgerAccount;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/** What the books' API answers, as records of their own: the JSON a client reads does not follow internal types. */
final class BooksViews {

    private BooksViews() {}

    /** A decimal in CAD as the API and the entry form receive it, refused (naming the field) when it has fractions of a cent. */
    static Money cad(BigDecimal amount, String field) {
        if (amount == null) return null;
        if (amount.stripTrailingZeros().scale() > 2) throw new Problems.InvalidInput(field, "books.entry.cents");
        return Money.cad(amount);
    }

    /** An account of the chart. */
    record AccountView(long id, String code, String ledgerName, String nameFr, String nameEn, AccountType type,
                       Long parentId, Long departmentId) {
        static AccountView of(LedgerAccount a) {
            return a == null ? null : new AccountView(a.id(), a.code(), a.ledgerName(), a.nameFr(), a.nameEn(), a.type(),
                    a.parentId(), a.departmentId());
        }
    }

    /** A department (a revenue line). */
    record DepartmentView(long id, String code, String nameFr, String nameEn) {
        static DepartmentView of(Department d) {
            return d == null ? null : new DepartmentView(d.id(), d.code(), d.nameFr(), d.nameEn());
        }
    }

    /** A line of an entry: signed amount (debit > 0). */
    record LineView(int lineNo, AccountView account, BigDecimal amount, DepartmentView department, String party) {
        static LineView of(JournalService.LineView l) {
            return new LineView(l.lineNo(), AccountView.of(l.account()), l.amount(), DepartmentView.of(l.department()), l.party());
        }
    }

    /** A posted entry; {@code reversedBy} names the entry that cancels it. */
    record EntryView(long id, LocalDate date, String description, String reference, Long reverses, Long reversedBy,
                     BigDecimal total, Instant postedAt, String postedBy, List<LineView> lines) {
        static EntryView of(JournalService.EntryView e) {
            return new EntryView(e.id(), e.date(), e.description(), e.reference(), e.reverses(), e.reversedBy(), e.total(),
                    e.postedAt(), e.postedBy(), e.lines().stream().map(LineView::of).toList());
        }
    }

    /** What an import wrote. */
    record ImportResultView(long importId, long entries, long postings, long accountsCreated, long lines) {
        static ImportResultView of(JournalImport.Result r) {
            return new ImportResultView(r.importId(), r.entries(), r.postings(), r.accountsCreated(), r.lines());
        }
    }

    /** Where an import stands. */
    record ImportProgressView(long id, String status, long linesRead, long entries, long postings, Instant startedAt,
                              Instant finishedAt) {
        static ImportProgressView of(JournalImport.Progress p) {
            return new ImportProgressView(p.id(), p.status(), p.linesRead(), p.entries(), p.postings(), p.startedAt(), p.finishedAt());
        }
    }

    /** The closing date of the books (null: all open). */
    record LockView(@JsonInclude(JsonInclude.Include.ALWAYS) LocalDate closedThrough) {}
}
