package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sales over the API: the contract any client relies on, the whole flow from a quote to a written-off invoice with the
 * books checked at every step, the tax report against the tax accounts, and gap-free numbering under concurrent issuing.
 */
@IntegrationTest
class SalesIT {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    long customer(String province, String exemption) {
        var r = keeper().post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"%s","language":"fr"%s}"""
                .formatted(People.unique("Client"), province, exemption == null ? "" : ",\"exemptionNumber\":\"" + exemption + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static String invoice(long customerId, String date, String price) {
        return """
                {"customerId":%d,"date":"%s","lines":[{"description":"Site web","quantity":1,"unitPrice":"%s","taxCode":"GST_QST"}]}"""
                .formatted(customerId, date, price);
    }

    static Map<String, String> taxes(JsonNode doc) {
        Map<String, String> m = new HashMap<>();
        doc.get("taxes").forEach(t -> m.put(t.get("code").asString(), t.get("amount").asString()));
        return m;
    }

    @Test
    void theApiContract() {
        var created = keeper().post("/api/v1/customers", """
                {"name":"Centre des médias alternatifs","kind":"NON_PROFIT","province":"QC","language":"fr"}""");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(id).isPositive();

        var issued = keeper().post("/api/v1/invoices", invoice(id, "2007-03-01", "100.00"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode inv = issued.json();
        assertThat(inv.get("number").asString()).matches("F-2007-\\d{4}");
        assertThat(inv.get("taxes").get(0).get("code").asString()).isEqualTo("GST");
        assertThat(inv.get("taxes").get(0).get("amount").asString()).isEqualTo("6.00");
        assertThat(inv.get("taxes").get(1).get("code").asString()).isEqualTo("QST");
        assertThat(inv.get("taxes").get(1).get("amount").asString()).isEqualTo("7.95");
        assertThat(inv.get("total").asString()).isEqualTo("113.95");
        assertThat(inv.get("subtotal").asString()).isEqualTo("100.00");

        JsonNode y2013 = keeper().post("/api/v1/invoices", invoice(id, "2013-03-01", "100.00")).json();
        assertThat(taxes(y2013)).containsEntry("GST", "5.00").containsEntry("QST", "9.98");
        assertThat(y2013.get("total").asString()).isEqualTo("114.98");
        assertThat(y2013.get("number").asString()).matches("F-2013-\\d{4}");

        // posted to the books: receivables, revenue, taxes
        JsonNode entry = keeper().get("/api/v1/journal-entries/" + inv.get("entryId").asLong()).json();
        Map<String, BigDecimal> byAccount = new HashMap<>();
        entry.get("lines").forEach(l -> byAccount.merge(l.get("account").get("code").asString(), l.get("amount").decimalValue(), BigDecimal::add));
        assertThat(byAccount.get("1200")).isEqualByComparingTo("113.95");
        assertThat(byAccount.get("4008")).isEqualByComparingTo("-100.00");
        assertThat(byAccount.get("2310")).isEqualByComparingTo("-6.00");
        assertThat(byAccount.get("2320")).isEqualByComparingTo("-7.95");
        assertThat(entry.get("reference").asString()).isEqualTo(inv.get("number").asString());

        // the tax report lists per tax the collected amount (a fresh year, so that only this test writes in it)
        int year = Years.fresh();
        keeper().post("/api/v1/invoices", invoice(id, year + "-02-01", "100.00"));
        keeper().post("/api/v1/invoices", invoice(id, year + "-02-02", "200.00"));
        JsonNode report = keeper().get("/api/v1/reports/sales-taxes?from=" + year + "-01-01&to=" + year + "-12-31").json();
        Map<String, String> collected = new HashMap<>();
        report.get("taxes").forEach(t -> collected.put(t.get("code").asString(), t.get("collected").asString()));
        assertThat(collected).containsEntry("GST", "15.00").containsEntry("QST", "29.93").containsEntry("HST", "0.00");
    }

    @Test
    void issuingOrPayingTwiceWithTheSameKeyDoesItOnce() {
        long id = customer("QC", null);
        int year = Years.fresh();
        String key = UUID.randomUUID().toString();
        var first = keeper().post("/api/v1/invoices", invoice(id, year + "-03-01", "100.00"), key);
        var again = keeper().post("/api/v1/invoices", invoice(id, year + "-03-01", "100.00"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
        assertThat(first.json().get("number").asString()).endsWith("-0001");
        var next = keeper().post("/api/v1/invoices", invoice(id, year + "-03-02", "100.00"));
        assertThat(next.json().get("number").asString()).endsWith("-0002");

        String payKey = UUID.randomUUID().toString();
        String payment = """
                {"customerId":%d,"date":"%d-03-10","method":"CHEQUE","amount":"50.00","reference":"chq 12"}""".formatted(id, year);
        long p1 = keeper().post("/api/v1/payments", payment, payKey).json().get("id").asLong();
        long p2 = keeper().post("/api/v1/payments", payment, payKey).json().get("id").asLong();
        assertThat(p2).isEqualTo(p1);
        assertThat(keeper().get("/api/v1/invoices/" + first.json().get("id").asLong()).json().get("balance").asString())
                .isEqualTo("64.98");
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        long id = customer("QC", null);
        var noKind = keeper().post("/api/v1/customers", "{\"name\":\"X\",\"province\":\"QC\"}");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        var badProvince = keeper().post("/api/v1/customers", "{\"name\":\"X\",\"kind\":\"COMPANY\",\"province\":\"XX\"}");
        assertThat(badProvince.json().get("errors").get(0).get("field").asString()).isEqualTo("province");

        int year = Years.fresh();
        var badCode = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-05","lines":[{"description":"x","quantity":1,"unitPrice":"1.00","taxCode":"VAT"}]}"""
                .formatted(id, year));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].taxCode");
        var negative = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-05","lines":[{"description":"x","quantity":-1,"unitPrice":"1.00"}]}"""
                .formatted(id, year));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
        var unknownCustomer = keeper().post("/api/v1/invoices", invoice(999_999_999L, year + "-01-05", "1.00"));
        assertThat(unknownCustomer.status()).isEqualTo(400);
        assertThat(unknownCustomer.json().get("errors").get(0).get("field").asString()).isEqualTo("customerId");
        var unknownAccount = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-05","lines":[{"description":"x","quantity":1,"unitPrice":"1.00","account":"9999"}]}"""
                .formatted(id, year));
        assertThat(unknownAccount.status()).isEqualTo(400);
        // nothing half-written: the refused invoices took no number
        var ok = keeper().post("/api/v1/invoices", invoice(id, year + "-01-06", "1.00"));
        assertThat(ok.json().get("number").asString()).isEqualTo("F-" + year + "-0001");
        var fr = keeper().language("fr").post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-05","lines":[]}""".formatted(id, year));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.json().get("detail").asString()).contains("au moins une ligne");
    }

    @Test
    void readingIsForEveryWorkerWritingForWhoeverKeepsTheBooks() {
        People.Person worker = people.workerWithAccount("Vendeuse");
        Api api = new Api(port).basic(worker.email(), worker.password());
        assertThat(api.get("/api/v1/invoices").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/receivables-aging?at=2007-06-15").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers", "{\"name\":\"X\",\"kind\":\"COMPANY\",\"province\":\"QC\"}").status()).isEqualTo(403);
        People.Person stranger = people.withAccount("Passant");
        assertThat(new Api(port).basic(stranger.email(), stranger.password()).get("/api/v1/invoices").status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/invoices").status()).isEqualTo(401);
    }

    @Test
    void anOntarioCustomerPaysHstAndAnExemptOneNone() {
        long on = customer("ON", null);
        long exempt = customer("QC", "EX-1234");
        int year = Years.fresh();
        JsonNode hst = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-03-01","lines":[{"description":"Hébergement","quantity":12,"unitPrice":"10.00","department":"HOSTING"}]}"""
                .formatted(on, year)).json();
        assertThat(taxes(hst)).containsOnly(Map.entry("HST", "15.60"));
        assertThat(hst.get("total").asString()).isEqualTo("135.60");
        JsonNode none = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-03-01","lines":[{"description":"Formation","quantity":1,"unitPrice":"500.00","department":"TRAINING"}]}"""
                .formatted(exempt, year)).json();
        assertThat(none.get("taxes").size()).isZero();
        assertThat(none.get("total").asString()).isEqualTo("500.00");
        // 2007 in Ontario: GST alone
        JsonNode gst = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"2007-04-01","lines":[{"description":"x","quantity":1,"unitPrice":"100.00"}]}"""
                .formatted(on)).json();
        assertThat(taxes(gst)).containsOnly(Map.entry("GST", "6.00"));
    }

    /** The trial balance of the whole books at the end of {@code day}: balanced, and the balance of each account. */
    Map<String, BigDecimal> balances(String day) {
        JsonNode tb = keeper().get("/api/v1/reports/trial-balance?at=" + day).json();
        assertThat(tb.get("totalDebit").decimalValue()).isEqualByComparingTo(tb.get("totalCredit").decimalValue());
        Map<String, BigDecimal> m = new HashMap<>();
        tb.get("lines").forEach(l -> m.put(l.get("code").asString(),
                num(l.get("debit")).subtract(num(l.get("credit")))));
        return m;
    }

    static BigDecimal num(JsonNode n) {
        return n == null || n.isNull() ? BigDecimal.ZERO : n.decimalValue();
    }

    static BigDecimal movement(Map<String, BigDecimal> before, Map<String, BigDecimal> after, String code) {
        return after.getOrDefault(code, BigDecimal.ZERO).subtract(before.getOrDefault(code, BigDecimal.ZERO));
    }

    @Test
    void quoteOrderTwoPartialInvoicesOnePaymentCreditNoteAndWriteOff() {
        long c = customer("QC", null);
        int year = Years.fresh();
        String y = String.valueOf(year);
        Map<String, BigDecimal> start = balances((year - 1) + "-12-31");

        JsonNode quote = keeper().post("/api/v1/quotes", """
                {"customerId":%d,"date":"%s-01-10","lines":[
                  {"description":"Site web","quantity":10,"unit":"h","unitPrice":"60.00","department":"WEBDEV"},
                  {"description":"Hébergement","quantity":1,"unitPrice":"120.00","department":"HOSTING"}]}""".formatted(c, y)).json();
        assertThat(quote.get("number").asString()).isEqualTo("D-" + y + "-0001");
        assertThat(quote.get("total").asString()).isEqualTo("827.82");
        assertThat(quote.has("entryId") && !quote.get("entryId").isNull()).isFalse();
        balances(y + "-12-31");

        var accepted = keeper().post("/api/v1/quotes/" + quote.get("id").asLong() + "/accept", "{\"date\":\"" + y + "-01-15\"}");
        assertThat(accepted.status()).isEqualTo(201);
        JsonNode order = accepted.json();
        assertThat(order.get("kind").asString()).isEqualTo("ORDER");
        assertThat(order.get("sourceNumber").asString()).isEqualTo(quote.get("number").asString());
        assertThat(keeper().get("/api/v1/quotes/" + quote.get("id").asLong()).json().get("status").asString()).isEqualTo("ACCEPTED");

        // two partial invoices: 4 hours, then the rest
        JsonNode first = keeper().post("/api/v1/invoices", """
                {"orderId":%d,"date":"%s-02-01","lines":[{"orderLine":1,"quantity":4}]}""".formatted(order.get("id").asLong(), y)).json();
        assertThat(first.get("subtotal").asString()).isEqualTo("240.00");
        var tooMuch = keeper().post("/api/v1/invoices", """
                {"orderId":%d,"date":"%s-02-01","lines":[{"orderLine":1,"quantity":7}]}""".formatted(order.get("id").asLong(), y));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
        JsonNode second = keeper().post("/api/v1/invoices", """
                {"orderId":%d,"date":"%s-03-01"}""".formatted(order.get("id").asLong(), y)).json();
        assertThat(second.get("subtotal").asString()).isEqualTo("480.00");
        assertThat(keeper().get("/api/v1/sales-orders/" + order.get("id").asLong()).json().get("status").asString()).isEqualTo("INVOICED");
        BigDecimal owed = new BigDecimal(first.get("total").asString()).add(new BigDecimal(second.get("total").asString()));
        Map<String, BigDecimal> afterInvoices = balances(y + "-12-31");
        assertThat(movement(start, afterInvoices, "1200")).isEqualByComparingTo(owed);
        assertThat(movement(start, afterInvoices, "4001")).isEqualByComparingTo("-600.00");
        assertThat(movement(start, afterInvoices, "4002")).isEqualByComparingTo("-120.00");

        JsonNode aging = keeper().get("/api/v1/reports/receivables-aging?at=" + y + "-03-31").json();
        assertThat(row(aging, c).get("total").asString()).isEqualTo(owed.toPlainString());
        assertThat(row(aging, c).get("days31to60").asString()).isEqualTo(first.get("total").asString());

        // one payment across both invoices
        var paid = keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%s-04-01","method":"TRANSFER","amount":"%s","allocations":[
                  {"invoiceId":%d,"amount":"%s"},{"invoiceId":%d,"amount":"%s"}]}""".formatted(c, y, owed.toPlainString(),
                first.get("id").asLong(), first.get("total").asString(), second.get("id").asLong(), second.get("total").asString()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().get("allocations").size()).isEqualTo(2);
        assertThat(row(keeper().get("/api/v1/reports/receivables-aging?at=" + y + "-04-01").json(), c)).isNull();
        // the aging of an earlier day is unchanged by the later payment
        assertThat(row(keeper().get("/api/v1/reports/receivables-aging?at=" + y + "-03-31").json(), c).get("total").asString())
                .isEqualTo(owed.toPlainString());
        Map<String, BigDecimal> afterPayment = balances(y + "-12-31");
        assertThat(movement(start, afterPayment, "1200")).isEqualByComparingTo("0");

        // a credit note on a new invoice, partly
        JsonNode third = keeper().post("/api/v1/invoices", invoice(c, y + "-05-01", "1000.00")).json();
        var credit = keeper().post("/api/v1/credit-notes", """
                {"invoiceId":%d,"date":"%s-05-10","lines":[{"description":"Rabais","quantity":1,"unitPrice":"100.00","taxCode":"GST_QST"}]}"""
                .formatted(third.get("id").asLong(), y));
        assertThat(credit.status()).as(credit.body()).isEqualTo(201);
        assertThat(credit.json().get("number").asString()).isEqualTo("AV-" + y + "-0001");
        assertThat(credit.json().get("total").asString()).isEqualTo("114.98");
        assertThat(keeper().get("/api/v1/invoices/" + third.get("id").asLong()).json().get("balance").asString()).isEqualTo("1034.77");
        balances(y + "-12-31");

        // written off: leaves the receivables, shows in bad debts, the tax part reversed
        var written = keeper().post("/api/v1/invoices/" + third.get("id").asLong() + "/write-off", "{\"date\":\"" + y + "-11-30\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().get("status").asString()).isEqualTo("WRITTEN_OFF");
        Map<String, BigDecimal> afterWriteOff = balances(y + "-12-31");
        assertThat(movement(start, afterWriteOff, "1200")).isEqualByComparingTo("0");
        assertThat(movement(start, afterWriteOff, "5500")).isEqualByComparingTo("900.00");
        assertThat(row(keeper().get("/api/v1/reports/receivables-aging?at=" + y + "-12-01").json(), c)).isNull();
        assertThat(keeper().post("/api/v1/invoices/" + third.get("id").asLong() + "/write-off", "{}").status()).isEqualTo(409);

        // the tax report equals the tax accounts' movements over the year
        JsonNode report = keeper().get("/api/v1/reports/sales-taxes?from=" + y + "-01-01&to=" + y + "-12-31").json();
        for (JsonNode t : report.get("taxes")) {
            String account = switch (t.get("code").asString()) { case "GST" -> "2310"; case "QST" -> "2320"; default -> "2330"; };
            assertThat(new BigDecimal(t.get("collected").asString()))
                    .as(t.get("code").asString()).isEqualByComparingTo(movement(start, afterWriteOff, account).negate());
        }
        // the statement ends at zero: everything paid, credited or written off
        JsonNode statement = keeper().get("/api/v1/customers/" + c + "/statement?from=" + y + "-01-01&to=" + y + "-12-31").json();
        assertThat(statement.get("opening").asString()).isEqualTo("0.00");
        assertThat(statement.get("closing").asString()).isEqualTo("0.00");
        assertThat(statement.get("lines").size()).isEqualTo(6);

        // recovered later, then paid: bad debts back to zero, the taxes payable again
        keeper().post("/api/v1/invoices/" + third.get("id").asLong() + "/recovery", "{\"date\":\"" + y + "-12-05\"}");
        var late = keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%s-12-10","method":"CHEQUE","amount":"1034.77"}""".formatted(c, y));
        assertThat(late.json().get("unallocated").asString()).isEqualTo("0.00");
        Map<String, BigDecimal> end = balances(y + "-12-31");
        assertThat(movement(start, end, "5500")).isEqualByComparingTo("0");
        assertThat(movement(start, end, "1200")).isEqualByComparingTo("0");
        JsonNode report2 = keeper().get("/api/v1/reports/sales-taxes?from=" + y + "-01-01&to=" + y + "-12-31").json();
        for (JsonNode t : report2.get("taxes")) {
            String account = switch (t.get("code").asString()) { case "GST" -> "2310"; case "QST" -> "2320"; default -> "2330"; };
            assertThat(new BigDecimal(t.get("collected").asString())).isEqualByComparingTo(movement(start, end, account).negate());
        }
    }

    @Test
    void anOverpaymentIsKeptAsTheCustomersCredit() {
        long c = customer("QC", null);
        int year = Years.fresh();
        JsonNode inv = keeper().post("/api/v1/invoices", invoice(c, year + "-01-10", "100.00")).json();
        JsonNode pay = keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%d-01-20","method":"PAYPAL","amount":"150.00"}""".formatted(c, year)).json();
        assertThat(pay.get("unallocated").asString()).isEqualTo("35.02");
        assertThat(pay.get("allocations").get(0).get("number").asString()).isEqualTo(inv.get("number").asString());
        JsonNode row = row(keeper().get("/api/v1/reports/receivables-aging?at=" + year + "-01-31").json(), c);
        assertThat(row.get("credit").asString()).isEqualTo("35.02");
        assertThat(row.get("total").asString()).isEqualTo("-35.02");
    }

    @Test
    void aCustomersCreditIsAppliedToALaterInvoice() {
        long c = customer("QC", null);
        int year = Years.fresh();
        Map<String, BigDecimal> start = balances((year - 1) + "-12-31");
        JsonNode first = keeper().post("/api/v1/invoices", invoice(c, year + "-01-10", "100.00")).json();
        assertThat(first.get("total").asString()).isEqualTo("114.98");
        JsonNode pay = keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%d-01-20","method":"CHEQUE","amount":"150.00"}""".formatted(c, year)).json();
        assertThat(pay.get("unallocated").asString()).isEqualTo("35.02");
        // a credit note on the paid invoice is credit too
        JsonNode cn = keeper().post("/api/v1/credit-notes", """
                {"invoiceId":%d,"date":"%d-01-25","lines":[{"description":"Rabais","quantity":1,"unitPrice":"10.00","taxCode":"GST_QST"}]}"""
                .formatted(first.get("id").asLong(), year)).json();
        assertThat(cn.get("total").asString()).isEqualTo("11.50");
        JsonNode second = keeper().post("/api/v1/invoices", invoice(c, year + "-02-01", "40.00")).json();
        assertThat(second.get("total").asString()).isEqualTo("45.99");
        JsonNode before = row(keeper().get("/api/v1/reports/receivables-aging?at=" + year + "-02-05").json(), c);
        assertThat(before.get("credit").asString()).isEqualTo("46.52");
        assertThat(before.get("current").asString()).isEqualTo("45.99");

        var tooMuch = keeper().post("/api/v1/invoices/" + second.get("id").asLong() + "/apply-credit", """
                {"date":"%d-02-10","amount":"46.00"}""".formatted(year));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        var applied = keeper().post("/api/v1/invoices/" + second.get("id").asLong() + "/apply-credit", """
                {"date":"%d-02-10"}""".formatted(year));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("balance").asString()).isEqualTo("0.00");
        assertThat(keeper().post("/api/v1/invoices/" + second.get("id").asLong() + "/apply-credit", "{}").status()).isEqualTo(409);

        // the aging on that day: the invoice is settled and 0.53 of credit is left; the day before is unchanged
        JsonNode after = row(keeper().get("/api/v1/reports/receivables-aging?at=" + year + "-02-10").json(), c);
        assertThat(after.get("current").asString()).isEqualTo("0.00");
        assertThat(after.get("credit").asString()).isEqualTo("0.53");
        assertThat(after.get("total").asString()).isEqualTo("-0.53");
        JsonNode dayBefore = row(keeper().get("/api/v1/reports/receivables-aging?at=" + year + "-02-09").json(), c);
        assertThat(dayBefore.get("credit").asString()).isEqualTo("46.52");
        assertThat(dayBefore.get("current").asString()).isEqualTo("45.99");

        // no entry: the receivables hold the customer's net debt (114.98 + 45.99 - 150.00 - 11.50), the books balance
        Map<String, BigDecimal> end = balances(year + "-12-31");
        assertThat(movement(start, end, "1200")).isEqualByComparingTo("-0.53");

        // what is left goes to the next invoice, up to what it owes; then there is none
        JsonNode third = keeper().post("/api/v1/invoices", invoice(c, year + "-03-01", "10.00")).json();
        var rest = keeper().post("/api/v1/invoices/" + third.get("id").asLong() + "/apply-credit", """
                {"date":"%d-03-02","amount":"0.53"}""".formatted(year));
        assertThat(rest.json().get("balance").asString()).isEqualTo("10.97");
        var none = keeper().post("/api/v1/invoices/" + third.get("id").asLong() + "/apply-credit", """
                {"date":"%d-03-03"}""".formatted(year));
        assertThat(none.status()).isEqualTo(409);
        assertThat(row(keeper().get("/api/v1/reports/receivables-aging?at=" + year + "-03-03").json(), c).get("credit").asString())
                .isEqualTo("0.00");
    }

    @Test
    void billsWithInputTaxCreditsPaymentsOverSeveralBillsAndPayablesAging() {
        long v = keeper().post("/api/v1/vendors", """
                {"name":"%s","kind":"COMPANY","province":"QC","language":"fr"}""".formatted(People.unique("Colo"))).json().get("id").asLong();
        int year = Years.fresh();
        Map<String, BigDecimal> start = balances((year - 1) + "-12-31");
        List<JsonNode> bills = new ArrayList<>();
        for (String day : List.of("-01-05", "-02-05")) {
            var b = keeper().post("/api/v1/bills", """
                    {"vendorId":%d,"date":"%d%s","vendorReference":"INV-%s","lines":[
                      {"description":"Colocation","quantity":1,"unitPrice":"200.00","account":"5410","department":"HOSTING"}]}"""
                    .formatted(v, year, day, day));
            assertThat(b.status()).as(b.body()).isEqualTo(201);
            bills.add(b.json());
        }
        assertThat(bills.get(0).get("total").asString()).isEqualTo("229.95");
        JsonNode aging = keeper().get("/api/v1/reports/payables-aging?at=" + year + "-02-28").json();
        assertThat(row(aging, v).get("total").asString()).isEqualTo("459.90");
        var paid = keeper().post("/api/v1/payments", """
                {"vendorId":%d,"date":"%d-03-01","method":"CHEQUE","amount":"459.90"}""".formatted(v, year));
        assertThat(paid.json().get("allocations").size()).isEqualTo(2);
        assertThat(row(keeper().get("/api/v1/reports/payables-aging?at=" + year + "-03-01").json(), v)).isNull();
        Map<String, BigDecimal> end = balances(year + "-12-31");
        assertThat(movement(start, end, "1410")).isEqualByComparingTo("20.00");
        assertThat(movement(start, end, "1420")).isEqualByComparingTo("39.90");
        assertThat(movement(start, end, "2010")).isEqualByComparingTo("0");
        JsonNode report = keeper().get("/api/v1/reports/sales-taxes?from=" + year + "-01-01&to=" + year + "-12-31").json();
        for (JsonNode t : report.get("taxes")) {
            String account = switch (t.get("code").asString()) { case "GST" -> "1410"; case "QST" -> "1420"; default -> "1430"; };
            assertThat(new BigDecimal(t.get("paid").asString())).isEqualByComparingTo(movement(start, end, account));
        }
    }

    @Test
    void partialCreditNotesNeverGiveBackMoreOfATaxThanTheInvoiceCharged() {
        long c = customer("QC", null);
        int year = Years.fresh();
        JsonNode inv = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-03-01","lines":[
                  {"description":"A","quantity":1,"unitPrice":"33.33","taxCode":"GST_QST"},
                  {"description":"B","quantity":1,"unitPrice":"33.33","taxCode":"GST_QST"},
                  {"description":"C","quantity":1,"unitPrice":"33.33","taxCode":"GST_QST"}]}""".formatted(c, year)).json();
        assertThat(taxes(inv)).containsEntry("GST", "5.00").containsEntry("QST", "9.97");
        List<JsonNode> credits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var r = keeper().post("/api/v1/credit-notes", """
                    {"invoiceId":%d,"date":"%d-03-1%d","lines":[{"description":"Retour","quantity":1,"unitPrice":"33.33","taxCode":"GST_QST"}]}"""
                    .formatted(inv.get("id").asLong(), year, i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            credits.add(r.json());
        }
        // each part rounds its GST to 1.67; the third is held to the 1.66 the invoice still charges
        assertThat(taxes(credits.get(0))).containsEntry("GST", "1.67");
        assertThat(taxes(credits.get(2))).containsEntry("GST", "1.66").containsEntry("QST", "3.32");
        JsonNode report = keeper().get("/api/v1/reports/sales-taxes?from=" + year + "-01-01&to=" + year + "-12-31").json();
        assertThat(tax(report, "GST").get("collected").asString()).isEqualTo("0.00");
    }

    @Test
    void aWriteOffTakesBackEachTaxOnItsOwnBase() {
        long c = customer("QC", null);
        int year = Years.fresh();
        JsonNode inv = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-02-01","lines":[
                  {"description":"Site web","quantity":1,"unitPrice":"100.00","taxCode":"GST_QST"},
                  {"description":"Formation","quantity":1,"unitPrice":"100.00","taxCode":"EXEMPT"}]}""".formatted(c, year)).json();
        assertThat(inv.get("total").asString()).isEqualTo("214.98");
        var written = keeper().post("/api/v1/invoices/" + inv.get("id").asLong() + "/write-off", "{\"date\":\"" + year + "-10-01\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        JsonNode report = keeper().get("/api/v1/reports/sales-taxes?from=" + year + "-01-01&to=" + year + "-12-31").json();
        for (String code : List.of("GST", "QST")) {
            assertThat(tax(report, code).get("collected").asString()).as(code).isEqualTo("0.00");
            // taxed on 100.00 by the invoice, 100.00 back by the write-off (not the whole price of 200.00)
            assertThat(tax(report, code).get("salesBase").asString()).as(code).isEqualTo("0.00");
        }
    }

    static JsonNode tax(JsonNode report, String code) {
        for (JsonNode t : report.get("taxes")) if (t.get("code").asString().equals(code)) return t;
        throw new AssertionError("no " + code + " in " + report);
    }

    @Test
    void numbersHaveNoGapsWhenManyIssueAtOnce() throws Exception {
        long c = customer("QC", null);
        int year = Years.fresh();
        int threads = 12, each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                go.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    var r = keeper().post("/api/v1/invoices", invoice(c, year + "-06-15", "10.00"));
                    assertThat(r.status()).as(r.body()).isEqualTo(201);
                    numbers.add(r.json().get("number").asString());
                }
                return numbers;
            }));
        }
        go.countDown();
        List<String> all = new ArrayList<>();
        for (var f : futures) all.addAll(f.get());
        pool.shutdown();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= threads * each; i++) expected.add("F-" + year + "-" + String.format("%04d", i));
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    }

    static JsonNode row(JsonNode aging, long partyId) {
        for (JsonNode r : aging.get("rows")) if (r.get("partyId").asLong() == partyId) return r;
        return null;
    }
}
