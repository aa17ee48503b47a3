package org.fourmiliere.contracts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fourmiliere.sales.CreditNoteIssued;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.timesheets.BillableTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A credit note on a contract's invoice: what it takes back (before taxes) is no longer the contract's revenue; when
 * the credit notes on the invoice cancel it wholly (their total reaches the invoice's total, or what they take back
 * before taxes reaches its subtotal), the time entries it billed become billable again (a new draft of
 * their period bills them, and they can be edited). A partial credit note un-bills nothing: it reduces an amount, not
 * hours, and which hours it would concern is not said. Runs where sales publishes the event, in the credit note's
 * transaction: the credit note and the un-billing commit together or not at all.
 */
@Component
class CreditNotes {

    private final ContractsStore store;
    private final Invoicing invoicing;
    private final BillableTime time;
    private final AuditTrail audit;

    CreditNotes(ContractsStore store, Invoicing invoicing, BillableTime time, AuditTrail audit) {
        this.store = store;
        this.invoicing = invoicing;
        this.time = time;
        this.audit = audit;
    }

    @EventListener
    void credited(CreditNoteIssued e) {
        ContractInvoice invoice = store.lockInvoice(e.invoiceId()).orElse(null);
        if (invoice == null) return; // not a contract's invoice
        Money taken = invoicing.document(e.creditNoteId()).map(Invoicing.Priced::subtotal).orElse(Money.zero(Money.CAD));
        boolean cancelled = e.invoiceCancelled() || invoice.credited().plus(taken).compareTo(invoice.subtotal()) >= 0;
        store.credit(invoice.invoiceId(), taken, cancelled ? e.number() : null);
        int unbilled = 0;
        if (cancelled && invoice.minutes() > 0) {
            Contract contract = store.contract(invoice.contractId()).orElseThrow();
            unbilled = time.unmarkBilled(contract.activityId(), invoice.number());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("invoice", invoice.number());
        after.put("creditNote", e.number());
        after.put("credited", taken.amount());
        after.put("cancelled", cancelled);
        after.put("entriesUnbilled", unbilled);
        audit.record(ContractsService.AUDIT_CONTRACT, invoice.contractId(), "credited", null, after);
    }
}
