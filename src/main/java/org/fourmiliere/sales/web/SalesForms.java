package org.fourmiliere.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.sales.PaymentMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the pages, bound field by field, turned into the API's commands; rows left blank are dropped. */
final class SalesForms {

    private SalesForms() {}

    /** A line of a document form. */
    public static class LineRow {
        private String description;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal unitPrice;
        private String department;
        private String taxCode;

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal v) { quantity = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal v) { unitPrice = v; }
        public String getDepartment() { return department; }
        public void setDepartment(String v) { department = v; }
        public String getTaxCode() { return taxCode; }
        public void setTaxCode(String v) { taxCode = v; }

        boolean blank() {
            return (description == null || description.isBlank()) && quantity == null && unitPrice == null;
        }
    }

    /** A quote, order or invoice to make: the customer, the day, the validity (quotes) and up to five lines. */
    public static class DocumentForm {
        private Long customerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;
        private String note;
        private List<LineRow> lines = new ArrayList<>();

        static DocumentForm empty(LocalDate today) {
            DocumentForm f = new DocumentForm();
            f.date = today;
            for (int i = 0; i < 5; i++) {
                LineRow r = new LineRow();
                r.setTaxCode("TAXABLE");
                f.lines.add(r);
            }
            return f;
        }

        public Long getCustomerId() { return customerId; }
        public void setCustomerId(Long v) { customerId = v; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(LocalDate v) { validUntil = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public List<LineRow> getLines() { return lines; }
        public void setLines(List<LineRow> v) { lines = v; }

        NewDocument command() {
            List<NewLine> out = new ArrayList<>();
            for (LineRow r : lines) {
                if (r.blank()) continue;
                out.add(new NewLine(r.description, r.quantity, r.unit, r.unitPrice, r.department, null, r.taxCode, null, null));
            }
            return new NewDocument(customerId, null, date, null, validUntil, null, null, null, note, out);
        }
    }

    /** A payment of one invoice, from its page. */
    public static class PaymentForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private PaymentMethod method = PaymentMethod.CHEQUE;
        private BigDecimal amount;
        private String reference;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public PaymentMethod getMethod() { return method; }
        public void setMethod(PaymentMethod v) { method = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }

        NewPayment command(long customerId, long invoiceId) {
            List<NewPayment.Allocation> allocations = List.of();
            return new NewPayment(customerId, null, date, method, amount, reference, allocations);
        }
    }
}
