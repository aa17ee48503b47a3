package org.fourmiliere.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.NewParty;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.sales.PaymentMethod;
import org.fourmiliere.sales.internal.DocKind;
import org.fourmiliere.sales.internal.Document;
import org.fourmiliere.sales.internal.DocumentPdf;
import org.fourmiliere.sales.internal.SalesMail;
import org.fourmiliere.sales.internal.SalesService;
import org.fourmiliere.sales.internal.TaxRates;
import org.fourmiliere.sales.web.SalesForms.DocumentForm;
import org.fourmiliere.sales.web.SalesForms.PaymentForm;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of sales and purchases: the order book (quotes, orders, invoices, bills), a document with what can be
 * done with it next, customers, the receivables and payables aging, the tax report. Every worker reads
 * (READ_BOOKS); whoever keeps the books (KEEP_BOOKS) writes. Forms post the same commands as the API.
 */
@Allowed(Permission.READ_BOOKS)
@Controller
class SalesPages {

    private final SalesService sales;
    private final SalesViews views;
    private final DocumentPdf pdf;
    private final SalesMail mail;
    private final FormErrors formErrors;

    private final jakarta.validation.Validator validator;

    /**
     * A page's form gives the same command as the API, so it is held to the same annotations: the first one broken is
     * refused on its field (the API does this with {@code @Valid}).
     */
    private <T> T valid(T command) {
        for (jakarta.validation.ConstraintViolation<T> v : validator.validate(command)) {
            var descriptor = v.getConstraintDescriptor();
            List<Object> args = new java.util.ArrayList<>();
            args.add(v.getPropertyPath().toString());
            new java.util.TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
                if (!java.util.Set.of("groups", "message", "payload").contains(name)) args.add(value);
            });
            throw new Problems.InvalidInput(v.getPropertyPath().toString(),
                    descriptor.getAnnotation().annotationType().getSimpleName(), args.toArray());
        }
        return command;
    }

    SalesPages(SalesService sales, SalesViews views, DocumentPdf pdf, SalesMail mail, FormErrors formErrors,
               jakarta.validation.Validator validator) {
        this.validator = validator;
        this.sales = sales;
        this.views = views;
        this.pdf = pdf;
        this.mail = mail;
        this.formErrors = formErrors;
    }

    @GetMapping("/sales")
    String index(Model model) {
        model.addAttribute("quotes", views.rows(sales.documents(DocKind.QUOTE, 20)));
        model.addAttribute("orders", views.rows(sales.documents(DocKind.ORDER, 20)));
        model.addAttribute("invoices", views.rows(sales.documents(DocKind.INVOICE, 30)));
        model.addAttribute("credits", views.rows(sales.documents(DocKind.CREDIT_NOTE, 10)));
        model.addAttribute("bills", views.rows(sales.documents(DocKind.BILL, 20)));
        return "sales/index";
    }

    // --- customers

    @GetMapping("/sales/customers")
    String customers(Model model) {
        if (!model.containsAttribute("customer")) {
            model.addAttribute("customer", new NewParty(null, ClientKind.NON_PROFIT, "QC", "fr", null, null, 30, null, null, null));
        }
        model.addAttribute("customers", sales.customers().stream().map(SalesViews::party).toList());
        model.addAttribute("vendors", sales.vendors().stream().map(SalesViews::party).toList());
        model.addAttribute("kinds", ClientKind.values());
        model.addAttribute("provinces", TaxRates.PROVINCES);
        return "sales/customers";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/customers")
    String createCustomer(@jakarta.validation.Valid @ModelAttribute("customer") NewParty command, BindingResult errors,
                          @RequestParam(defaultValue = "customer") String role, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) return customers(model);
        try {
            sales.createParty(command, !"vendor".equals(role));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return customers(model);
        }
        formErrors.notice(redirect, "sales.customer.created");
        return "redirect:/sales/customers";
    }

    @GetMapping("/sales/customers/{id}")
    String customer(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to == null ? sales.today() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        model.addAttribute("statement", SalesViews.statement(sales.statement(id, start, end)));
        model.addAttribute("party", SalesViews.party(sales.party(id)));
        return "sales/customer";
    }

    @GetMapping("/sales/customers/{id}/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable long id,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? sales.today() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        return SalesApi.download(SalesApi.statementFile(id, start, end), pdf.render(sales.statement(id, start, end)));
    }

    // --- documents

    @GetMapping("/sales/quotes/new")
    String newQuote(Model model) {
        if (!model.containsAttribute("doc")) model.addAttribute("doc", DocumentForm.empty(sales.today()));
        return form(model, "QUOTE");
    }

    @GetMapping("/sales/invoices/new")
    String newInvoice(Model model) {
        if (!model.containsAttribute("doc")) model.addAttribute("doc", DocumentForm.empty(sales.today()));
        return form(model, "INVOICE");
    }

    private String form(Model model, String kind) {
        model.addAttribute("kind", kind);
        model.addAttribute("customers", sales.customers().stream().map(SalesViews::party).toList());
        model.addAttribute("departments", org.fourmiliere.sales.internal.Drafts.REVENUE_ACCOUNTS.keySet().stream().sorted().toList());
        model.addAttribute("taxCodes", org.fourmiliere.sales.internal.TaxCode.values());
        return "sales/document-form";
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/quotes")
    String createQuote(@ModelAttribute("doc") DocumentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(form, errors, model, redirect, "QUOTE");
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/invoices")
    String createInvoice(@ModelAttribute("doc") DocumentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(form, errors, model, redirect, "INVOICE");
    }

    private String create(DocumentForm form, BindingResult errors, Model model, RedirectAttributes redirect, String kind) {
        if (errors.hasErrors()) return form(model, kind);
        try {
            if (form.getCustomerId() == null) throw new Problems.InvalidInput("customerId", "sales.party.required");
            if (form.getDate() == null) throw new Problems.InvalidInput("date", "sales.form.date");
            Document d = "QUOTE".equals(kind) ? sales.quote(valid(form.command())) : sales.invoice(valid(form.command()));
            formErrors.notice(redirect, "sales.document.issued");
            return "redirect:/sales/documents/" + d.id();
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return form(model, kind);
        }
    }

    @GetMapping("/sales/documents/{id}")
    String document(@PathVariable long id, Model model) {
        Document d = sales.document(id);
        model.addAttribute("doc", views.document(d));
        model.addAttribute("made", views.rows(switch (d.kind()) {
            case QUOTE -> sales.madeFrom(id, DocKind.ORDER);
            case ORDER -> sales.madeFrom(id, DocKind.INVOICE);
            case INVOICE -> sales.madeFrom(id, DocKind.CREDIT_NOTE);
            default -> List.of();
        }));
        model.addAttribute("settlements", sales.settlements(id));
        model.addAttribute("history", sales.history(id));
        model.addAttribute("today", sales.today());
        model.addAttribute("methods", PaymentMethod.values());
        if (d.kind() == DocKind.INVOICE && d.open()) {
            Money credit = sales.creditLeft(d.partyId(), sales.today().isBefore(d.date()) ? d.date() : sales.today());
            // a Money, as the template formats it with @fmt.money
            if (credit.amount().signum() > 0) model.addAttribute("creditLeft", credit);
        }
        if (!model.containsAttribute("payment")) {
            PaymentForm p = new PaymentForm();
            p.setDate(sales.today());
            p.setAmount(d.balance().amount());
            model.addAttribute("payment", p);
        }
        return "sales/document";
    }

    @GetMapping("/sales/documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Document d = sales.document(id);
        return SalesApi.download(d.number(), pdf.render(d));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Document order = sales.accept(id, null);
            formErrors.notice(redirect, "sales.quote.accepted");
            return "redirect:/sales/documents/" + order.id();
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
            return "redirect:/sales/documents/" + id;
        }
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/refuse")
    String refuse(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sales.refuse(id);
            formErrors.notice(redirect, "sales.quote.refused");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/sales/documents/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/invoice")
    String invoiceOrder(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Document order = sales.document(id, DocKind.ORDER);
            Document inv = sales.invoice(new org.fourmiliere.sales.NewDocument(order.partyId(), null, sales.today(), null, null,
                    order.id(), null, null, null, List.of()));
            formErrors.notice(redirect, "sales.document.issued");
            return "redirect:/sales/documents/" + inv.id();
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
            return "redirect:/sales/documents/" + id;
        }
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/payments")
    String pay(@PathVariable long id, @ModelAttribute("payment") PaymentForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        Document d = sales.document(id, DocKind.INVOICE);
        if (errors.hasErrors()) return document(id, model);
        try {
            if (form.getDate() == null) throw new Problems.InvalidInput("date", "sales.form.date");
            if (form.getAmount() == null || form.getAmount().signum() <= 0) throw new Problems.InvalidInput("amount", "sales.form.amount");
            BigDecimal part = form.getAmount().min(d.balance().amount());
            List<NewPayment.Allocation> allocations = part.signum() > 0 ? List.of(new NewPayment.Allocation(id, null, part)) : List.of();
            sales.pay(valid(new NewPayment(d.partyId(), null, form.getDate(), form.getMethod(), form.getAmount(), form.getReference(), allocations)));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return document(id, model);
        }
        formErrors.notice(redirect, "sales.payment.recorded");
        return "redirect:/sales/documents/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            mail.send(id, null);
            formErrors.notice(redirect, "sales.document.sent");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/sales/documents/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/apply-credit")
    String applyCredit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Document d = sales.document(id, DocKind.INVOICE);
            sales.applyCredit(id, sales.today().isBefore(d.date()) ? d.date() : sales.today(), null);
            formErrors.notice(redirect, "sales.document.credit-applied");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/sales/documents/" + id;
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/sales/documents/{id}/write-off")
    String writeOff(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sales.writeOff(id, null);
            formErrors.notice(redirect, "sales.document.written-off");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/sales/documents/" + id;
    }

    // --- reports

    @GetMapping("/sales/aging")
    String aging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                 @RequestParam(defaultValue = "receivables") String of, Model model) {
        LocalDate day = at == null ? sales.today() : at;
        boolean receivables = !"payables".equals(of);
        model.addAttribute("aging", views.aging(sales.aging(receivables, day)));
        model.addAttribute("receivables", receivables);
        return "sales/aging";
    }

    @GetMapping("/sales/taxes")
    String taxes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to == null ? sales.today() : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(2) : from;
        try {
            model.addAttribute("report", SalesViews.taxes(sales.taxReport(start, end)));
        } catch (Problems.InvalidInput e) {
            model.addAttribute("report", SalesViews.taxes(sales.taxReport(end, end)));
        }
        return "sales/taxes";
    }
}
