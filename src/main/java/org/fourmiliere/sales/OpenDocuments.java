package org.fourmiliere.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What planning (the cash-flow forecast) reads of sales: what is still owed either way, and how late customers pay. */
public interface OpenDocuments {

    /**
     * An issued invoice or bill not settled yet: {@code open} is its total less what settled it so far; accounts: the
     * revenue or expense accounts of its lines.
     */
    record OpenItem(String number, String party, LocalDate date, LocalDate due, BigDecimal open, java.util.Set<String> accounts) {}

    /** An invoice issued again every {@code everyMonths} months from {@code next} (until, if any, included). */
    record RecurringInvoice(String number, String party, LocalDate next, int everyMonths, LocalDate until, BigDecimal total,
                            java.util.Set<String> accounts) {}

    List<OpenItem> openInvoices();

    List<OpenItem> openBills();

    List<RecurringInvoice> recurringInvoices();

    /**
     * Each customer's average delay in days between the due date and the day an invoice was fully settled, over the
     * invoices settled from {@code since} on (early payments count as negative days).
     */
    Map<String, Integer> averageDelayDays(LocalDate since);
}
