package org.fourmiliere.accounting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
