package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo collective's customers (the seeds' partners and a client who is not a member), its invoices, payments,
 * credit note and bad debt of fiscal year 2006–07, and its order book. The year's documents post to the books the
 * accounting module's demo completes to the annual report: {@code accounting.BooksDemoIT} checks the statements are
 * still the report's to the cent; here, that the documents are in the books once.
 */
@DemoInstance
class SalesDemoIT {

    private static final LocalDate FIRST_DAY = LocalDate.of(2006, 9, 1), LAST_DAY = LocalDate.of(2007, 8, 31);

    @LocalServerPort
    int port;

    /** Claire keeps the books of the demo collective. */
    Api claire() {
        return new Api(port).basic("claire@example.org", DemoInstance.PASSWORD).language("fr");
    }

    private JsonNode get(String path) {
        Api.Response r = claire().get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theCustomersAndTheOrderBookOfJune2007() {
        List<String> names = new ArrayList<>();
        get("/api/v1/customers").forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).contains("Studio XX").anyMatch(n -> n.contains("CMAQ")).anyMatch(n -> n.startsWith("FACIL"))
                .contains("Alternatives").anyMatch(n -> n.startsWith("LabCMO"))
                .anyMatch(n -> n.startsWith("Fédération québécoise des centres communautaires"));
        JsonNode quotes = get("/api/v1/quotes");
        List<String> statuses = new ArrayList<>();
        quotes.forEach(q -> statuses.add(q.get("status").asString()));
        assertThat(statuses).contains("ACCEPTED", "SENT", "REFUSED");
        JsonNode orders = get("/api/v1/sales-orders");
        assertThat(orders.size()).isGreaterThanOrEqualTo(4);
        orders.forEach(o -> assertThat(o.get("number").asString()).startsWith("C-2007-"));
    }

    @Test
    void theInvoicesOfTheYearArePaidInFullInPartOverTwoInvoicesCreditedAndOneWrittenOff() {
        List<JsonNode> invoices = new ArrayList<>();
        get("/api/v1/invoices").forEach(invoices::add);
        assertThat(invoices).hasSizeGreaterThanOrEqualTo(5).allSatisfy(i -> {
            assertThat(i.get("number").asString()).startsWith("F-2007-");
            assertThat(LocalDate.parse(i.get("date").asString())).isBetween(FIRST_DAY, LAST_DAY);
        });

        // one bad debt, written off in the year
        List<JsonNode> writtenOff = invoices.stream().filter(i -> i.get("status").asString().equals("WRITTEN_OFF")).toList();
        assertThat(writtenOff).hasSize(1);
        JsonNode badDebt = get("/api/v1/invoices/" + writtenOff.getFirst().get("id").asLong());
        assertThat(new BigDecimal(badDebt.get("balance").asString())).isZero();

        // a payment over two invoices, each settled in full
        List<JsonNode> payments = new ArrayList<>();
        get("/api/v1/payments").forEach(payments::add);
        assertThat(payments).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p ->
                assertThat(LocalDate.parse(p.get("date").asString())).isBetween(FIRST_DAY, LAST_DAY));
        JsonNode overTwo = payments.stream().filter(p -> p.get("allocations").size() == 2).findFirst().orElseThrow();
        for (JsonNode a : overTwo.get("allocations")) {
            JsonNode paid = get("/api/v1/invoices/" + a.get("documentId").asLong());
            assertThat(new BigDecimal(paid.get("balance").asString())).isZero();
        }

        // a partial payment: the invoice it paid still owes part of its total
        boolean partial = false;
        for (JsonNode p : payments) {
            for (JsonNode a : p.get("allocations")) {
                JsonNode inv = get("/api/v1/invoices/" + a.get("documentId").asLong());
                BigDecimal balance = new BigDecimal(inv.get("balance").asString());
                partial |= balance.signum() > 0 && balance.compareTo(new BigDecimal(inv.get("total").asString())) < 0;
            }
        }
        assertThat(partial).as("an invoice paid in part").isTrue();

        // a credit note on an invoice of the year, which the customer then paid the rest of
        JsonNode notes = get("/api/v1/credit-notes");
        assertThat(notes.size()).isGreaterThanOrEqualTo(1);
        JsonNode note = get("/api/v1/credit-notes/" + notes.get(0).get("id").asLong());
        assertThat(note.get("number").asString()).startsWith("AV-2007-");
        JsonNode credited = get("/api/v1/invoices/" + note.get("sourceId").asLong());
        assertThat(new BigDecimal(credited.get("balance").asString())).isZero();
        assertThat(new BigDecimal(credited.get("settled").asString())).isEqualByComparingTo(credited.get("total").asString());
    }

    @Test
    void theAgingAtTheYearsEndShowsTheInvoicesStillOwed() {
        Map<String, BigDecimal> owed = new TreeMap<>();
        for (JsonNode i : get("/api/v1/invoices")) {
            BigDecimal balance = new BigDecimal(i.get("balance").asString());
            if (balance.signum() > 0 && !i.get("status").asString().equals("WRITTEN_OFF")) owed.put(i.get("number").asString(), balance);
        }
        assertThat(owed).hasSizeGreaterThanOrEqualTo(2);

        JsonNode aging = get("/api/v1/reports/receivables-aging?at=2007-08-31&details=true");
        Map<String, BigDecimal> shown = new TreeMap<>();
        for (JsonNode row : aging.get("rows")) {
            for (JsonNode d : row.get("documents")) shown.put(d.get("number").asString(), new BigDecimal(d.get("balance").asString()));
        }
        assertThat(shown).isEqualTo(owed);
        BigDecimal total = owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(aging.get("total").asString())).isEqualByComparingTo(total);
        assertThat(new BigDecimal(aging.get("days61to90").asString()).add(new BigDecimal(aging.get("over90").asString())))
                .as("all of it overdue by the year's end").isEqualByComparingTo(total);
    }

    @Test
    void theDocumentsArePostedOnceInTheBooksOfTheReport() {
        // the write-off is in the bad debts of the year, beside the old invoices the books write off
        String badDebt = null;
        for (JsonNode i : get("/api/v1/invoices")) if (i.get("status").asString().equals("WRITTEN_OFF")) badDebt = i.get("number").asString();
        JsonNode ledger = get("/api/v1/reports/general-ledger?account=5500&from=2006-09-01&to=2007-08-31");
        Map<String, Integer> references = new LinkedHashMap<>();
        for (JsonNode r : ledger.get("rows")) references.merge(r.path("reference").asString(""), 1, Integer::sum);
        assertThat(references).containsEntry(badDebt, 1);

        // every invoice of the year has its entry, once
        for (JsonNode row : get("/api/v1/invoices")) {
            JsonNode inv = get("/api/v1/invoices/" + row.get("id").asLong());
            assertThat(inv.hasNonNull("entryId")).as(inv.get("number").asString()).isTrue();
        }
        JsonNode receivables = get("/api/v1/reports/general-ledger?account=1200&from=2006-09-01&to=2007-08-31");
        Map<String, Integer> invoiced = new LinkedHashMap<>();
        for (JsonNode r : receivables.get("rows")) {
            String ref = r.path("reference").asString("");
            if (ref.startsWith("F-2007-") && new BigDecimal(r.get("amount").asString()).signum() > 0) invoiced.merge(ref, 1, Integer::sum);
        }
        assertThat(invoiced).isNotEmpty().allSatisfy((number, times) -> assertThat(times).as(number).isEqualTo(1));

        // and the year's receivables are still the annual report's
        JsonNode bs = get("/api/v1/reports/balance-sheet?at=2007-08-31");
        for (JsonNode l : bs.get("assets").get("lines")) {
            if (l.get("code").asString().equals("1200")) assertThat(l.get("amount").decimalValue()).isEqualByComparingTo("47519.31");
        }
    }
}
