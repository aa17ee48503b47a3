package org.fourmiliere.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The rules of the chart: lines resolved against it, accounts opened in it (by a command or by an imported name). */
class ChartRulesTest {

    private static final LocalDate DAY = LocalDate.of(2007, 3, 1);

    private final List<ChartOfAccounts.NewAccount> opened = new ArrayList<>();

    private ChartOfAccounts.Index chart() {
        return new ChartOfAccounts.Index(List.of(
                new LedgerAccount(1, "1000", "Actifs", "Actifs", "Assets", AccountType.ASSET, null, null),
                new LedgerAccount(2, "1010", "Actifs:Banque", "Banque", "Bank", AccountType.ASSET, 1L, null),
                new LedgerAccount(3, "4000", "Revenus", "Revenus", "Revenues", AccountType.REVENUE, null, null),
                new LedgerAccount(4, "4001", "Revenus:Web", "Web", "Web", AccountType.REVENUE, 3L, 7L)),
                List.of(new Department(7, "WEB", "Web", "Web"), new Department(8, "HEB", "Hébergement", "Hosting")),
                a -> {
                    opened.add(a);
                    return a.withId(100 + opened.size());
                });
    }

    private static Entry entry(EntryLine... lines) {
        return Entry.of(DAY, "Facture", null, List.of(lines), null);
    }

    @Test
    void linesTakeTheirAccountsDepartmentUnlessTheyNameOne() {
        var lines = chart().resolve(entry(new EntryLine("1010", new BigDecimal("20.00"), null, null),
                new EntryLine("4001", new BigDecimal("-15.00"), null, "Client"),
                new EntryLine("Revenus:Web", new BigDecimal("-5.00"), "heb", null)));
        assertThat(lines).containsExactly(
                new PostingLine(1, 2, new BigDecimal("20.00"), null, null),
                new PostingLine(2, 4, new BigDecimal("-15.00"), 7L, "Client"),
                new PostingLine(3, 4, new BigDecimal("-5.00"), 8L, null));
    }

    @Test
    void anUnknownAccountOrDepartmentIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> chart().resolve(entry(new EntryLine("1010", new BigDecimal("1.00"), null, null),
                new EntryLine("9999", new BigDecimal("-1.00"), null, null))))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[1].account");
                    assertThat(e.messageKey()).isEqualTo("books.entry.unknown-account");
                });
        assertThatThrownBy(() -> chart().resolve(entry(new EntryLine("1010", new BigDecimal("1.00"), "XYZ", null),
                new EntryLine("4001", new BigDecimal("-1.00"), null, null))))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lines[0].department"));
        assertThatThrownBy(() -> chart().resolve(entry(new EntryLine("1010", new BigDecimal("1.00"), null, "x".repeat(101)),
                new EntryLine("4001", new BigDecimal("-1.00"), null, null))))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("books.entry.party-long"));
    }

    @Test
    void anAccountOpensUnderItsParentWithItsType() {
        var chart = chart();
        LedgerAccount a = chart.open(new BooksCommands.OpenAccount("1020", "Caisse: petite", "Petty cash", "1000", "web"));
        assertThat(a.ledgerName()).isEqualTo("Actifs:Caisse  petite");
        assertThat(a.type()).isEqualTo(AccountType.ASSET);
        assertThat(a.parentId()).isEqualTo(1L);
        assertThat(a.departmentId()).isEqualTo(7L);
        assertThat(chart.account("1020")).isEqualTo(a);
        assertThat(opened).singleElement().satisfies(n -> assertThat(n.imported()).isFalse());
    }

    @Test
    void aNewAccountNeedsAFreeCodeAKnownParentAndDepartmentAndAFreeName() {
        var chart = chart();
        assertThatThrownBy(() -> chart.plan(new BooksCommands.OpenAccount("1010", "Autre", "Other", "1000", null)))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("books.account.code-taken"));
        assertThatThrownBy(() -> chart.plan(new BooksCommands.OpenAccount("1020", "Autre", "Other", "7777", null)))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("parent"));
        assertThatThrownBy(() -> chart.plan(new BooksCommands.OpenAccount("1020", "Autre", "Other", "1000", "NOPE")))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("department"));
        assertThatThrownBy(() -> chart.plan(new BooksCommands.OpenAccount("1020", "Banque", "Bank", "1000", "")))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> assertThat(e.field()).isEqualTo("nameFr"));
        assertThat(opened).isEmpty();
    }

    @Test
    void anImportedNameOpensItsMissingParentsWithFreeCodes() {
        var chart = chart();
        LedgerAccount a = chart.accountNamed("Expenses:Office:Paper");
        assertThat(a.type()).isEqualTo(AccountType.EXPENSE);
        assertThat(opened).extracting(ChartOfAccounts.NewAccount::ledgerName)
                .containsExactly("Expenses", "Expenses:Office", "Expenses:Office:Paper");
        assertThat(opened).extracting(ChartOfAccounts.NewAccount::code).containsExactly("5900", "5901", "5902");
        assertThat(chart.accountNamed("Expenses:Office")).isEqualTo(chart.account("5901"));
        assertThat(chart.accountNamed("Whatever:Else")).isNull();
        assertThat(opened).hasSize(3);
    }
}
