package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.Years;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The invoice as a PDF in the customer's language, read back with PDFBox; sent by e-mail with the PDF attached. */
@IntegrationTest
class SalesPdfIT {

    @LocalServerPort
    int port;

    @Autowired
    TestMail smtp;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    JsonNode invoice(String language, String email) {
        long c = keeper().post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"%s","email":"%s"}"""
                .formatted(People.unique("Studio XX"), language, email)).json().get("id").asLong();
        return keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"2007-03-01","lines":[{"description":"Site web","quantity":1,"unitPrice":"100.00","taxCode":"GST_QST"}]}"""
                .formatted(c)).json();
    }

    byte[] pdf(long id) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (BrowserTest.ADMIN_EMAIL + ":" + BrowserTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/invoices/" + id + "/pdf")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return r.body();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }

    @Test
    void inFrench() throws Exception {
        JsonNode inv = invoice("fr", "fr-" + UUID.randomUUID() + "@example.org");
        String text = text(pdf(inv.get("id").asLong()));
        assertThat(text).contains("Facture").contains(inv.get("number").asString())
                .contains("Sous-total").contains("100,00 $")
                .contains("TPS (6 %)").contains("6,00 $")
                .contains("TVQ (7,5 %)").contains("7,95 $")
                .contains("Total").contains("113,95 $");
    }

    @Test
    void inEnglish() throws Exception {
        JsonNode inv = invoice("en", "en-" + UUID.randomUUID() + "@example.org");
        String text = text(pdf(inv.get("id").asLong()));
        assertThat(text).contains("Invoice").contains(inv.get("number").asString())
                .contains("Subtotal").contains("$100.00")
                .contains("GST (6%)").contains("$6.00")
                .contains("QST (7.5%)").contains("$7.95")
                .contains("Total").contains("$113.95");
    }

    byte[] get(String path) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (BrowserTest.ADMIN_EMAIL + ":" + BrowserTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return r.body();
    }

    /** A customer with an invoice of 114.98 and a payment of 100.00 in a year of its own: the statement's path. */
    String statementOf(String language) {
        int year = Years.fresh();
        long c = keeper().post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"%s"}""".formatted(People.unique("FACIL"), language))
                .json().get("id").asLong();
        JsonNode inv = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-03-01","lines":[{"description":"Site web","quantity":1,"unitPrice":"100.00","taxCode":"GST_QST"}]}"""
                .formatted(c, year)).json();
        assertThat(inv.get("total").asString()).isEqualTo("114.98");
        keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%d-04-01","method":"CHEQUE","amount":"100.00","reference":"chq 77"}""".formatted(c, year));
        return "/api/v1/customers/" + c + "/statement/pdf?from=" + year + "-01-01&to=" + year + "-12-31#" + inv.get("number").asString();
    }

    @Test
    void theStatementInFrench() throws Exception {
        String path = statementOf("fr");
        String text = text(get(path.substring(0, path.indexOf('#'))));
        assertThat(text).contains("Relevé de compte").contains(path.substring(path.indexOf('#') + 1))
                .contains("Solde d'ouverture").contains("Facture").contains("114,98 $").contains("Paiement")
                .contains("100,00 $").contains("Solde à la fin").contains("14,98 $");
    }

    @Test
    void theStatementInEnglish() throws Exception {
        String path = statementOf("en");
        String text = text(get(path.substring(0, path.indexOf('#'))));
        assertThat(text).contains("Statement of account").contains(path.substring(path.indexOf('#') + 1))
                .contains("Opening balance").contains("Invoice").contains("$114.98").contains("Payment")
                .contains("$100.00").contains("$14.98");
    }

    @Test
    void sentByEmailWithThePdfAttached() throws Exception {
        String to = "billing-" + UUID.randomUUID() + "@example.org";
        JsonNode inv = invoice("fr", to);
        var sent = keeper().post("/api/v1/invoices/" + inv.get("id").asLong() + "/send", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedBy(to).isEmpty());
        MimeMessage got = smtp.receivedBy(to).getFirst();
        assertThat(got.getSubject()).contains("Facture").contains(inv.get("number").asString());
        assertThat(got.getHeader("Content-Language")).containsExactly("fr");
        MimeMultipart mixed = (MimeMultipart) got.getContent();
        var file = mixed.getBodyPart(mixed.getCount() - 1);
        assertThat(file.getFileName()).isEqualTo(inv.get("number").asString() + ".pdf");
        assertThat(text(file.getInputStream().readAllBytes())).contains("113,95 $");
        // without an address: a 400 naming the field
        long noMail = keeper().post("/api/v1/customers", """
                {"name":"Sans courriel","kind":"COMPANY","province":"QC"}""").json().get("id").asLong();
        long id = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"2007-03-02","lines":[{"description":"x","quantity":1,"unitPrice":"1.00"}]}"""
                .formatted(noMail)).json().get("id").asLong();
        var refused = keeper().post("/api/v1/invoices/" + id + "/send", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }
}
