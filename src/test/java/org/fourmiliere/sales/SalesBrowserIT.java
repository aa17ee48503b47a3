package org.fourmiliere.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whoever keeps the books makes a quote, turns it into an order and an invoice, downloads its PDF, records the
 * payment and reads the aging report; records an overpayment, kept as the customer's credit, and applies it to
 * another invoice; in French and English.
 */
class SalesBrowserIT extends BrowserTest {

    @Autowired People people;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void quoteOrderInvoicePdfPaymentAging(String lang) throws Exception {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Comptable", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        var holder = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":" + me.id() + "}");
        if (holder.status() != 201) throw new IllegalStateException(holder.body());
        String name = People.unique("FACIL");
        var customer = admin.post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"%s"}""".formatted(name, lang));
        if (customer.status() != 201) throw new IllegalStateException(customer.body());
        signIn(me.email(), me.password());

        page.navigate(url("/sales"));
        assertThat(page.locator("h1")).hasText(fr ? "Ventes et achats" : "Sales and purchases");
        assertThat(page.locator("main")).not().containsText("??");
        page.click("#new-quote");
        page.click("#issue");
        assertThat(page.locator("#document-form")).containsText(fr ? "Nommez le client" : "Name the customer");
        page.selectOption("#doc-customer", customer.json().get("id").asString());
        page.fill("#line-0-description", fr ? "Site web" : "Web site");
        page.fill("#line-0-quantity", "10");
        page.fill("#line-0-price", "60");
        page.selectOption("#line-0-department", "WEBDEV");
        page.selectOption("#line-0-tax", "GST_QST");
        screenshot("sales-quote-form-" + lang);
        page.click("#issue");
        assertThat(page.locator("h1")).containsText(fr ? "Devis" : "Quote");
        String total = page.locator("#doc-total").textContent();

        page.click("#accept");
        assertThat(page.locator("h1")).containsText(fr ? "Commande" : "Sales order");
        assertThat(page.locator("#doc-total")).hasText(total);
        page.click("#invoice-order");
        assertThat(page.locator("h1")).containsText(fr ? "Facture" : "Invoice");
        assertThat(page.locator("#doc-status")).hasText(fr ? "Émise" : "Issued");
        String number = page.locator("#doc-number").textContent();
        screenshot("sales-invoice-" + lang);

        Download download = page.waitForDownload(() -> page.click("#download-pdf"));
        assertThat(download.suggestedFilename()).isEqualTo(number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            org.assertj.core.api.Assertions.assertThat(text).contains(number).contains(fr ? "TVQ" : "QST");
        }

        page.click("#record-payment");
        assertThat(page.locator(".notice")).hasText(fr ? "Paiement inscrit." : "Payment recorded.");
        assertThat(page.locator("#doc-balance")).hasText(fr ? "0.00 $" : "$0.00");
        assertThat(page.locator("#settlements")).containsText(fr ? "Paiement" : "Payment");

        page.click("#tab-aging");
        assertThat(page.locator("h1")).hasText(fr ? "Comptes clients par âge" : "Receivables aging");
        assertThat(page.locator("#aging")).not().containsText(name);
        screenshot("sales-aging-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anOverpaymentIsKeptAsCreditAndAppliedToAnotherInvoice(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Comptable", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        var holder = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":" + me.id() + "}");
        if (holder.status() != 201) throw new IllegalStateException(holder.body());
        String name = People.unique("Studio XX");
        var customer = admin.post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"%s"}""".formatted(name, lang));
        if (customer.status() != 201) throw new IllegalStateException(customer.body());
        long customerId = customer.json().get("id").asLong();
        // a year of the test's own, so that the aging of its days shows this customer's documents only
        int year = Years.fresh();
        long first = issue(admin, customerId, year + "-01-10", "100.00");   // 114.98 with the taxes
        long second = issue(admin, customerId, year + "-02-01", "30.00");   // 34.49
        signIn(me.email(), me.password());

        // 150.00 received for the first invoice: 114.98 settle it, 35.02 are kept as the customer's credit
        page.navigate(url("/sales/documents/" + first));
        assertThat(page.locator("#doc-balance")).hasText(fr ? "114.98 $" : "$114.98");
        page.fill("#payment-date", year + "-01-20");
        page.fill("#payment-amount", "150.00");
        page.fill("#payment-reference", "chq 458");
        page.click("#record-payment");
        assertThat(page.locator(".notice")).hasText(fr ? "Paiement inscrit." : "Payment recorded.");
        assertThat(page.locator("#doc-balance")).hasText(fr ? "0.00 $" : "$0.00");
        assertThat(page.locator("#apply-credit")).hasCount(0);

        // the second invoice offers the credit; applying it settles the invoice
        page.navigate(url("/sales/documents/" + second));
        assertThat(page.locator("#doc-balance")).hasText(fr ? "34.49 $" : "$34.49");
        assertThat(page.locator("#apply-credit")).containsText(fr ? "Appliquer le crédit du client" : "Apply the customer's credit");
        assertThat(page.locator("#apply-credit")).containsText(fr ? "35,02" : "35.02");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("sales-apply-credit-before-" + lang);
        page.click("#apply-credit");
        assertThat(page.locator(".notice")).hasText(fr ? "Crédit du client appliqué à la facture." : "The customer's credit was applied to the invoice.");
        assertThat(page.locator("#doc-balance")).hasText(fr ? "0.00 $" : "$0.00");
        assertThat(page.locator("#settlements")).containsText(fr ? "Crédit (note de crédit ou trop-perçu)" : "Credit (credit note or overpayment)");
        assertThat(page.locator("#apply-credit")).hasCount(0);
        screenshot("sales-apply-credit-after-" + lang);

        // the credit is reduced by what was applied: 35.02 - 34.49 = 0.53 left, nothing owed
        page.navigate(url("/sales/aging?at=" + year + "-02-01"));
        Locator row = page.locator("#aging tbody tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td").nth(5)).hasText(fr ? "0.53 $" : "$0.53");
        assertThat(row.locator("td").nth(6)).hasText(fr ? "-0.53 $" : "$-0.53");
        assertThat(row).not().containsText(fr ? "34.49 $" : "$34.49");
    }

    private static long issue(Api admin, long customerId, String date, String price) {
        var invoice = admin.post("/api/v1/invoices", """
                {"customerId":%d,"date":"%s","lines":[{"description":"Site web","quantity":1,"unitPrice":"%s","taxCode":"GST_QST"}]}"""
                .formatted(customerId, date, price));
        if (invoice.status() != 201) throw new IllegalStateException(invoice.body());
        return invoice.json().get("id").asLong();
    }
}
