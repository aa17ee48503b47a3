package org.fourmiliere.accounting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.springframework.format.annotation.DateTimeFormat;

/** The entry form of the journal page: a date, a description, a reference and lines in two columns. */
public class EntryForm {

    public static class LineForm {
        private String account;
        private BigDecimal debit;
        private BigDecimal credit;
        private String department;
        private String party;

        public String getAccount() { return account; }
        public void setAccount(String account) { this.account = account; }
        public BigDecimal getDebit() { return debit; }
        public void setDebit(BigDecimal debit) { this.debit = debit; }
        public BigDecimal getCredit() { return credit; }
        public void setCredit(BigDecimal credit) { this.credit = credit; }
        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public String getParty() { return party; }
        public void setParty(String party) { this.party = party; }

        boolean isEmpty() {
            return (account == null || account.isBlank()) && debit == null && credit == null;
        }
    }

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotBlank
    @Size(max = 500)
    private String description;
    @Size(max = 100)
    private String reference;
    private List<LineForm> lines = new ArrayList<>();

    /**
     * The command this form stands for: each filled line on the side of its larger column, for the amount by
     * which it exceeds the other (a line with equal columns is refused by the journal's rules, as any zero amount).
     */
    NewEntry toNewEntry() {
        List<NewEntry.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm l = lines.get(i);
            if (l.isEmpty()) continue;
            BigDecimal debit = l.getDebit() == null ? BigDecimal.ZERO : l.getDebit();
            BigDecimal credit = l.getCredit() == null ? BigDecimal.ZERO : l.getCredit();
            BigDecimal net = debit.subtract(credit);
            out.add(new NewEntry.Line(l.getAccount(), net.signum() < 0 ? Side.CREDIT : Side.DEBIT, BooksViews.cad(net.abs(), "lines[" + i + "].amount"),
                    l.getDepartment(), l.getParty()));
        }
        return new NewEntry(date, description, reference, out);
    }

    public static EntryForm blank(LocalDate date, int lines) {
        EntryForm f = new EntryForm();
        f.date = date;
        for (int i = 0; i < lines; i++) f.lines.add(new LineForm());
        return f;
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public List<LineForm> getLines() { return lines; }
    public void setLines(List<LineForm> lines) { this.lines = lines; }
}
