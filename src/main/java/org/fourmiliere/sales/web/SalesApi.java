package org.fourmiliere.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewParty;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.sales.internal.DocKind;
import org.fourmiliere.sales.internal.Document;
import org.fourmiliere.sales.internal.SalesService;
import org.fourmiliere.sales.internal.DocumentPdf;
import org.fourmiliere.sales.internal.SalesMail;
import org.fourmiliere.sales.web.SalesViews.AgingView;
import org.fourmiliere.sales.web.SalesViews.DocumentRow;
import org.fourmiliere.sales.web.SalesViews.DocumentView;
import org.fourmiliere.sales.web.SalesViews.PartyView;
import org.fourmiliere.sales.web.SalesViews.PaymentView;
import org.fourmiliere.sales.web.SalesViews.StatementView;
import org.fourmiliere.sales.web.SalesViews.TaxReportView;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sales and purchases over HTTP: every worker reads (READ_BOOKS, transparency), whoever keeps the books writes
 * (KEEP_BOOKS). Issuing an invoice, a credit note or a bill and recording a payment accept an {@code Idempotency-Key}.
 */
@Allowed(Permission.READ_BOOKS)
@ApiController("/api/v1")
@Tag(name = "Sales", description = "Customers, vendors, quotes, orders, invoices, credit notes, payments, bills, aging, sales taxes")
class SalesApi {

    private final SalesService sales;
    private final SalesViews views;
    private final IdempotentRequests idempotent;
    private final DocumentPdf pdf;
    private final SalesMail mail;

    SalesApi(SalesService sales, SalesViews views, IdempotentRequests idempotent, DocumentPdf pdf, SalesMail mail) {
        this.mail = mail;
        this.sales = sales;
        this.views = views;
        this.idempotent = idempotent;
        this.pdf = pdf;
    }

    // --- customers and vendors

    @GetMapping("/customers")
    @Operation(summary = "Every customer, by name")
    List<PartyView> customers() {
        return sales.customers().stream().map(SalesViews::party).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/customers")
    @Operation(summary = "Record a customer: a client who is not a member, or an organisation or person of the registry")
    ResponseEntity<PartyView> createCustomer(@Valid @RequestBody NewParty body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(SalesViews.party(sales.createParty(body, true)));
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "One customer")
    PartyView customer(@PathVariable long id) {
        return SalesViews.party(sales.party(id));
    }

    @GetMapping("/customers/{id}/statement")
    @Operation(summary = "A customer's statement: opening balance, documents, payments and write-offs, closing balance")
    StatementView statement(@PathVariable long id,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return SalesViews.statement(sales.statement(id, from, to));
    }

    @GetMapping(value = "/customers/{id}/statement/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A customer's statement as PDF, in the customer's language")
    ResponseEntity<byte[]> statementPdf(@PathVariable long id,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return download(statementFile(id, from, to), pdf.render(sales.statement(id, from, to)));
    }

    static String statementFile(long partyId, LocalDate from, LocalDate to) {
        return "statement-" + partyId + "-" + from + "-" + to;
    }

    @GetMapping("/vendors")
    @Operation(summary = "Every vendor, by name")
    List<PartyView> vendors() {
        return sales.vendors().stream().map(SalesViews::party).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/vendors")
    @Operation(summary = "Record a vendor (a freelancer, a colocation provider, the landlord)")
    ResponseEntity<PartyView> createVendor(@Valid @RequestBody NewParty body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(SalesViews.party(sales.createParty(body, false)));
    }

    // --- documents

    @GetMapping("/quotes")
    @Operation(summary = "The latest quotes")
    List<DocumentRow> quotes() {
        return views.rows(sales.documents(DocKind.QUOTE, 500));
    }

    @GetMapping("/quotes/{id}")
    DocumentView quote(@PathVariable long id) {
        return views.document(sales.document(id, DocKind.QUOTE));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/quotes")
    @Operation(summary = "Make a quote (sent), valid until validUntil (30 days by default)")
    ResponseEntity<DocumentView> createQuote(@Valid @RequestBody NewDocument body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.document(sales.quote(body)));
    }

    record Day(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {}

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/quotes/{id}/accept")
    @Operation(summary = "The customer accepts the quote: answers the sales order made from it")
    ResponseEntity<DocumentView> accept(@PathVariable long id, @RequestBody(required = false) Day body) {
        Document order = sales.accept(id, body == null ? null : body.date());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.document(order));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/quotes/{id}/refuse")
    @Operation(summary = "The customer refuses the quote")
    DocumentView refuse(@PathVariable long id) {
        return views.document(sales.refuse(id));
    }

    @GetMapping("/sales-orders")
    @Operation(summary = "The order book: the latest sales orders")
    List<DocumentRow> orders() {
        return views.rows(sales.documents(DocKind.ORDER, 500));
    }

    @GetMapping("/sales-orders/{id}")
    DocumentView order(@PathVariable long id) {
        return views.document(sales.document(id, DocKind.ORDER));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales-orders")
    @Operation(summary = "Take a sales order without a quote")
    ResponseEntity<DocumentView> createOrder(@Valid @RequestBody NewDocument body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.document(sales.order(body)));
    }

    @GetMapping("/invoices")
    @Operation(summary = "The latest invoices")
    List<DocumentRow> invoices() {
        return views.rows(sales.documents(DocKind.INVOICE, 500));
    }

    @GetMapping("/invoices/{id}")
    DocumentView invoice(@PathVariable long id) {
        return views.document(sales.document(id, DocKind.INVOICE));
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice as PDF, in the customer's language")
    ResponseEntity<byte[]> invoicePdf(@PathVariable long id) {
        Document d = sales.document(id, DocKind.INVOICE);
        return download(d.number(), pdf.render(d));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices")
    @Operation(summary = "Issue an invoice (directly, or from a sales order with orderId) and post it; Idempotency-Key accepted")
    ResponseEntity<?> createInvoice(@Valid @RequestBody NewDocument body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/invoices " + body,
                () -> {
                    SalesService.Issued issued = sales.issueInvoice(body);
                    return ResponseEntity.status(HttpStatus.CREATED).body(views.document(issued.document(), issued.party()));
                });
    }

    record SendTo(@jakarta.validation.constraints.Email @jakarta.validation.constraints.Size(max = 320) String to) {}

    record Sent(String messageId) {}

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices/{id}/send")
    @Operation(summary = "Send the invoice by e-mail with its PDF (to the customer's address unless another is given)")
    ResponseEntity<Sent> send(@PathVariable long id, @Valid @RequestBody(required = false) SendTo body) {
        sales.document(id, DocKind.INVOICE);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Sent(mail.send(id, body == null ? null : body.to())));
    }

    record Recurrence(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Positive Integer everyMonths,
                      @jakarta.validation.constraints.NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate next,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {}

    record RecurrenceId(long id) {}

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices/{id}/recurrence")
    @Operation(summary = "Issue a copy of the invoice every few months from a day (yearly hosting, monthly support)")
    ResponseEntity<RecurrenceId> recur(@PathVariable long id, @Valid @RequestBody Recurrence body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new RecurrenceId(mail.recur(id, body.everyMonths(), body.next(), body.until())));
    }

    @GetMapping(value = "/quotes/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The quote as PDF")
    ResponseEntity<byte[]> quotePdf(@PathVariable long id) {
        Document d = sales.document(id, DocKind.QUOTE);
        return download(d.number(), pdf.render(d));
    }

    @GetMapping(value = "/credit-notes/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The credit note as PDF")
    ResponseEntity<byte[]> creditNotePdf(@PathVariable long id) {
        Document d = sales.document(id, DocKind.CREDIT_NOTE);
        return download(d.number(), pdf.render(d));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices/{id}/write-off")
    @Operation(summary = "Write off what the invoice still owes as a bad debt (the tax part reversed)")
    DocumentView writeOff(@PathVariable long id, @RequestBody(required = false) Day body) {
        return views.document(sales.writeOff(id, body == null ? null : body.date()));
    }

    record ApplyCredit(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @jakarta.validation.constraints.DecimalMin("0.01") @jakarta.validation.constraints.Digits(integer = 13, fraction = 2)
                       java.math.BigDecimal amount) {}

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices/{id}/apply-credit")
    @Operation(summary = "Settle the invoice with the customer's credit (overpayments, credit notes), oldest first; all it can without amount")
    DocumentView applyCredit(@PathVariable long id, @Valid @RequestBody(required = false) ApplyCredit body) {
        return views.document(sales.applyCredit(id, body == null ? null : body.date(), body == null ? null : body.amount()));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/invoices/{id}/recovery")
    @Operation(summary = "A written-off invoice is owed again: the write-off is reversed on that day")
    DocumentView recover(@PathVariable long id, @RequestBody(required = false) Day body) {
        return views.document(sales.recover(id, body == null ? null : body.date()));
    }

    @GetMapping("/credit-notes")
    @Operation(summary = "The latest credit notes")
    List<DocumentRow> creditNotes() {
        return views.rows(sales.documents(DocKind.CREDIT_NOTE, 500));
    }

    @GetMapping("/credit-notes/{id}")
    DocumentView creditNote(@PathVariable long id) {
        return views.document(sales.document(id, DocKind.CREDIT_NOTE));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/credit-notes")
    @Operation(summary = "Issue a credit note on an invoice (whole without lines, else partial); Idempotency-Key accepted")
    ResponseEntity<?> createCreditNote(@Valid @RequestBody NewDocument body,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/credit-notes " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.document(sales.creditNote(body))));
    }

    @GetMapping("/bills")
    @Operation(summary = "The latest vendor bills")
    List<DocumentRow> bills() {
        return views.rows(sales.documents(DocKind.BILL, 500));
    }

    @GetMapping("/bills/{id}")
    DocumentView bill(@PathVariable long id) {
        return views.document(sales.document(id, DocKind.BILL));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/bills")
    @Operation(summary = "Record a vendor bill (lines to expense accounts and departments) and post it; Idempotency-Key accepted")
    ResponseEntity<?> createBill(@Valid @RequestBody NewDocument body,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/bills " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.document(sales.bill(body))));
    }

    // --- payments

    @GetMapping("/payments")
    @Operation(summary = "The latest payments received (direction=MADE: made to vendors)")
    List<PaymentView> payments(@RequestParam(defaultValue = "RECEIVED") String direction) {
        return views.payments(!"MADE".equals(direction));
    }

    @GetMapping("/payments/{id}")
    PaymentView payment(@PathVariable long id) {
        return views.payment(id);
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/payments")
    @Operation(summary = "Record a payment from a customer (customerId) or to a vendor (vendorId); Idempotency-Key accepted")
    ResponseEntity<?> createPayment(@Valid @RequestBody NewPayment body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/payments " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.payment(sales.pay(body).id())));
    }

    // --- reports

    @GetMapping("/reports/receivables-aging")
    @Operation(summary = "What customers owe at a day, by age: current, 31–60, 61–90, over 90 days; credits beside "
            + "(details=true: each customer's open invoices too)")
    AgingView receivablesAging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                               @RequestParam(defaultValue = "false") boolean details) {
        return views.aging(sales.aging(true, at == null ? sales.today() : at), details);
    }

    @GetMapping("/reports/payables-aging")
    @Operation(summary = "What is owed to vendors at a day, by age (details=true: each vendor's open bills too)")
    AgingView payablesAging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                            @RequestParam(defaultValue = "false") boolean details) {
        return views.aging(sales.aging(false, at == null ? sales.today() : at), details);
    }

    @GetMapping("/reports/sales-taxes")
    @Operation(summary = "Per tax: collected on sales, paid on purchases, net to remit, over a period")
    TaxReportView salesTaxes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return SalesViews.taxes(sales.taxReport(from, to));
    }

    /** A PDF to download, named after the document's number. */
    static ResponseEntity<byte[]> download(String number, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"").body(pdf);
    }
}
