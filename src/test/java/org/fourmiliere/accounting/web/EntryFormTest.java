package org.fourmiliere.accounting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The entry form stands for the same command as the API's: two columns become a side and a positive amount. */
class EntryFormTest {

    @Test
    void filledLinesBecomeTheCommandsLines() {
        EntryForm form = EntryForm.blank(LocalDate.of(2007, 3, 1), 4);
        form.setDescription("Loyer");
        form.getLines().get(0).setAccount("5420");
        form.getLines().get(0).setDebit(new BigDecimal("260.00"));
        form.getLines().get(2).setAccount("1010");
        form.getLines().get(2).setCredit(new BigDecimal("260"));
        form.getLines().get(2).setParty("Proprio");

        NewEntry entry = form.toNewEntry();

        assertThat(entry.description()).isEqualTo("Loyer");
        assertThat(entry.lines()).containsExactly(
                new NewEntry.Line("5420", Side.DEBIT, Money.cad("260.00"), null, null),
                new NewEntry.Line("1010", Side.CREDIT, Money.cad("260.00"), null, "Proprio"));
    }

    @Test
    void fractionsOfACentAreRefusedNamingTheLine() {
        EntryForm form = EntryForm.blank(LocalDate.of(2007, 3, 1), 2);
        form.getLines().get(1).setAccount("5420");
        form.getLines().get(1).setDebit(new BigDecimal("1.005"));
        assertThatThrownBy(form::toNewEntry).isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("lines[1].amount");
            assertThat(e.messageKey()).isEqualTo("books.entry.cents");
        });
    }
}
