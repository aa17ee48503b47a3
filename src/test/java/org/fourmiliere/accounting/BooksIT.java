package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.sql.DataSource;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The journal over the API: balance, reversal, closing, access, reports. Each test uses its own year. */
@IntegrationTest
class BooksIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    static String entry(String date, String description, String debitAccount, String creditAccount, String amount) {
        return """
                {"date":"%s","description":"%s","reference":"R-1","lines":[
                  {"account":"%s","side":"DEBIT","amount":"%s","party":"Org0001"},
                  {"account":"%s","side":"CREDIT","amount":"%s"}]}"""
                .formatted(date, description, debitAccount, amount, creditAccount, amount);
    }

    @Test
    void anAccountIsOpenedUnderItsParentAndABadOneRefusedNamingTheField() {
        String code = "1" + (System.nanoTime() % 100_000_000L);
        var opened = keeper().post("/api/v1/ledger-accounts", """
                {"code":"%s","nameFr":"Caisse %s","nameEn":"Petty cash %s","parent":"1010"}""".formatted(code, code, code));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().get("code").asString()).isEqualTo(code);
        assertThat(opened.json().get("type").asString()).isEqualTo("ASSET");
        assertThat(opened.json().get("ledgerName").asString()).endsWith(":Caisse " + code);

        var taken = keeper().post("/api/v1/ledger-accounts", """
                {"code":"%s","nameFr":"Autre","nameEn":"Other","parent":"1010"}""".formatted(code));
        assertThat(taken.status()).isEqualTo(409);
        var invalid = keeper().post("/api/v1/ledger-accounts", """
                {"code":"no spaces","nameFr":"Autre","nameEn":"Other","parent":"1010"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(invalid.json().get("errors").get(0).get("message").asString()).contains("1 to 20");
        var noLines = keeper().post("/api/v1/journal-entries", """
                {"date":"2007-03-01","description":"x","lines":[{"account":"1010","side":"DEBIT","amount":"1.00"}]}""");
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.json().get("errors").get(0).get("field").asString()).isEqualTo("lines");
    }

    @Test
    void aBalancedEntryIsPostedAndAnUnbalancedOneRefusedWithTheDifference() {
        int year = Years.fresh();
        var posted = keeper().post("/api/v1/journal-entries", entry(year + "-03-02", "Rent March", "5420", "1010", "260.00"));
        assertThat(posted.status()).isEqualTo(201);
        long id = posted.json().get("id").asLong();
        var read = keeper().get("/api/v1/journal-entries/" + id);
        assertThat(read.json().get("lines").size()).isEqualTo(2);
        assertThat(read.json().get("total").decimalValue()).isEqualByComparingTo("260.00");

        var unbalanced = keeper().post("/api/v1/journal-entries", """
                {"date":"%1$d-03-03","description":"Off by a cent","lines":[
                  {"account":"5420","side":"DEBIT","amount":"260.00"},
                  {"account":"1010","side":"CREDIT","amount":"259.99"}]}""".formatted(year));
        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.json().get("detail").asString()).contains("0.01");
        assertThat(unbalanced.json().get("errors").get(0).get("field").asString()).isEqualTo("lines");
        var fr = keeper().language("fr").post("/api/v1/journal-entries", """
                {"date":"%1$d-03-03","description":"Écart","lines":[
                  {"account":"5420","side":"DEBIT","amount":"10.00"},
                  {"account":"1010","side":"CREDIT","amount":"12.50"}]}""".formatted(year));
        assertThat(fr.json().get("detail").asString()).contains("n’est pas équilibrée").contains("-2.50");

        var unknown = keeper().post("/api/v1/journal-entries", entry(year + "-03-03", "x", "9999", "1010", "1.00"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].account");
    }

    @Test
    void aReversalLinksBothWaysAndCancelsTheOriginal() {
        int year = Years.fresh();
        long id = keeper().post("/api/v1/journal-entries", entry(year + "-05-10", "Invoice to reverse", "1200", "4001", "1000.00"))
                .json().get("id").asLong();
        var reversal = keeper().post("/api/v1/journal-entries/" + id + "/reversal", "{\"date\":\"" + year + "-05-11\"}");
        assertThat(reversal.status()).isEqualTo(201);
        long rid = reversal.json().get("id").asLong();
        assertThat(reversal.json().get("reverses").asLong()).isEqualTo(id);
        assertThat(keeper().get("/api/v1/journal-entries/" + id).json().get("reversedBy").asLong()).isEqualTo(rid);
        // the original is unchanged
        JsonNode original = keeper().get("/api/v1/journal-entries/" + id).json();
        assertThat(original.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("1000.00");
        // a second reversal is a clash
        assertThat(keeper().post("/api/v1/journal-entries/" + id + "/reversal", "{}").status()).isEqualTo(409);
        // the year nets to zero
        var is = keeper().get("/api/v1/reports/income-statement?from=" + year + "-01-01&to=" + year + "-12-31&by=account").json();
        assertThat(is.get("revenue").get("total").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aClosedPeriodRefusesPostingsAndClosingAndReopeningAreAudited() {
        int year = Years.fresh();
        try {
            assertThat(keeper().put("/api/v1/books/lock", "{\"closedThrough\":\"" + year + "-06-30\"}").status()).isEqualTo(200);
            var refused = keeper().post("/api/v1/journal-entries", entry(year + "-06-15", "Too late", "5420", "1010", "5.00"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("closed");
            assertThat(keeper().post("/api/v1/journal-entries", entry(year + "-07-01", "After", "5420", "1010", "5.00")).status())
                    .isEqualTo(201);
            var imported = keeper().postText("/api/v1/journal/import", """
                    %1$d-06-01 Imported late
                        Expenses:Loyer  1.00 CAD
                        Assets:Compte chèque  -1.00 CAD
                    """.formatted(year));
            assertThat(imported.status()).isEqualTo(400);
            assertThat(imported.json().get("errors").get(0).get("line").asInt()).isEqualTo(1);
            assertThat(keeper().put("/api/v1/books/lock", "{\"closedThrough\":null}").status()).isEqualTo(200);
            assertThat(keeper().post("/api/v1/journal-entries", entry(year + "-06-15", "Reopened", "5420", "1010", "5.00")).status())
                    .isEqualTo(201);
            var actions = jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'books' ORDER BY id")
                    .query(String.class).list();
            assertThat(actions).containsSubsequence("closed", "reopened");
        } finally {
            keeper().put("/api/v1/books/lock", "{\"closedThrough\":null}");
        }
    }

    @Test
    void anAccountWithoutStatusGets403OnReadsAndWrites() {
        int year = Years.fresh();
        String email = "nobody-books-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "nobody-password-1", null, "en", false);
        Api nobody = new Api(port).basic(email, "nobody-password-1");
        assertThat(nobody.get("/api/v1/reports/trial-balance").status()).isEqualTo(403);
        assertThat(nobody.get("/api/v1/reports/balance-sheet?at=" + year + "-01-01").status()).isEqualTo(403);
        assertThat(nobody.get("/api/v1/journal/export").status()).isEqualTo(403);
        assertThat(nobody.post("/api/v1/journal-entries", entry(year + "-01-01", "x", "5420", "1010", "1.00")).status()).isEqualTo(403);
        assertThat(nobody.postText("/api/v1/journal/import", "").status()).isEqualTo(403);
    }

    @Test
    void theTrialBalanceBalancesAndReportsComeAsCsv() {
        int year = Years.fresh();
        keeper().post("/api/v1/journal-entries", entry(year + "-02-01", "Hosting invoice", "1200", "4002", "220.00"));
        JsonNode tb = keeper().get("/api/v1/reports/trial-balance?at=" + year + "-12-31").json();
        assertThat(tb.get("totalDebit").decimalValue()).isEqualByComparingTo(tb.get("totalCredit").decimalValue());
        var csv = keeper().get("/api/v1/reports/income-statement?from=" + year + "-01-01&to=" + year + "-12-31&by=department&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv");
        assertThat(csv.body()).startsWith("department,name,revenue").contains("HOSTING,Hosting,220.00,100.0");
        var monthly = keeper().get("/api/v1/reports/income-statement?from=" + year + "-01-01&to=" + year + "-03-31&by=month").json();
        assertThat(monthly.get("months").size()).isEqualTo(3);
        var bad = keeper().get("/api/v1/reports/income-statement?from=" + year + "-01-01&to=" + year + "-03-31&by=week");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("by");
        assertThat(keeper().get("/api/v1/reports/balance-sheet?at=not-a-date").status()).isEqualTo(400);
        JsonNode bs = keeper().get("/api/v1/reports/balance-sheet?at=" + year + "-12-31").json();
        assertThat(bs.get("assets").get("total").decimalValue())
                .isEqualByComparingTo(bs.get("totalLiabilitiesAndEquity").decimalValue());
        var ledger = keeper().get("/api/v1/reports/general-ledger?account=4002&from=" + year + "-01-01&to=" + year + "-12-31").json();
        // the running balance starts from the account's opening balance, which other tests' years may have moved
        JsonNode row = ledger.get("rows").get(0);
        assertThat(row.get("amount").decimalValue()).as(ledger.toString()).isEqualByComparingTo("-220.00");
        assertThat(row.get("balance").decimalValue()).as(ledger.toString())
                .isEqualByComparingTo(ledger.get("opening").decimalValue().add(new java.math.BigDecimal("-220.00")));
    }

    @Test
    void anImportIsAllOrNothingWithNumberedLines() {
        int year = Years.fresh();
        long before = jdbc.sql("SELECT COUNT(*) FROM journal_entry").query(Long.class).single();
        var r = keeper().postText("/api/v1/journal/import", """
                %1$d-01-01 Fine
                    Expenses:Loyer  100.00 CAD
                    Assets:Compte chèque

                %1$d-01-02 Not fine
                    Expenses:Loyer  100.00 CAD
                    Assets:Compte chèque  -99.00 CAD
                """.formatted(year));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("line").asInt()).isEqualTo(5);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("Line 5").contains("1.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journal_entry").query(Long.class).single()).isEqualTo(before);

        var ok = keeper().postText("/api/v1/journal/import", """
                %1$d-01-01 Fine
                    Expenses:Loyer  100.00 CAD
                    Assets:Compte chèque
                %1$d-01-03 New account
                    Expenses:Abonnements:Logiciels  12.00 CAD  ; dept:WEBDEV
                    Assets:Compte chèque  -12.00 CAD
                """.formatted(year));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("entries").asLong()).isEqualTo(2);
        assertThat(ok.json().get("postings").asLong()).isEqualTo(4);
        assertThat(ok.json().get("accountsCreated").asLong()).isEqualTo(2);
        long importId = ok.json().get("importId").asLong();
        assertThat(keeper().get("/api/v1/journal/imports/" + importId).json().get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void theGeneralLedgerNamesEachPostingAsItsEntryWhetherPostedReversedOrImported() {
        int year = Years.fresh();
        String description = "Invoice \"F-46\" \\ à Montréal 🐜";
        var posted = keeper().post("/api/v1/journal-entries", """
                {"date":"%2$d-02-01","description":"%s","reference":"F-46","lines":[
                  {"account":"1200","side":"DEBIT","amount":"114.98","party":"Org0046"},
                  {"account":"4001","side":"CREDIT","amount":"114.98"}]}""".formatted(description.replace("\\", "\\\\").replace("\"", "\\\""), year));
        assertThat(posted.status()).isEqualTo(201);
        long id = posted.json().get("id").asLong();
        long reversal = keeper().post("/api/v1/journal-entries/" + id + "/reversal", "{\"date\":\"" + year + "-02-03\"}").json().get("id").asLong();
        var imported = keeper().postText("/api/v1/journal/import", """
                %1$d-02-02 (P-46) Payment of F-46, « en partie »
                    Assets:Compte chèque  14.98 CAD
                    Assets:Comptes clients  -14.98 CAD  ; party:Org0046
                %1$d-02-04 No reference
                    Assets:Comptes clients  1.00 CAD
                    Revenues:Webdev  -1.00 CAD
                """.formatted(year));
        assertThat(imported.status()).isEqualTo(200);

        JsonNode ledger = keeper().get("/api/v1/reports/general-ledger?account=1200&from=" + year + "-01-01&to=" + year + "-12-31").json();
        JsonNode rows = ledger.get("rows");
        // balances run on from what the account held before the year (other tests' earlier years)
        BigDecimal opening = ledger.get("opening").decimalValue();
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.get(0).get("entry").asLong()).isEqualTo(id);
        assertThat(rows.get(0).get("date").asString()).isEqualTo(year + "-02-01");
        assertThat(rows.get(0).get("description").asString()).isEqualTo(description);
        assertThat(rows.get(0).get("reference").asString()).isEqualTo("F-46");
        assertThat(rows.get(0).get("party").asString()).isEqualTo("Org0046");
        assertThat(rows.get(0).get("balance").decimalValue()).isEqualByComparingTo(opening.add(new BigDecimal("114.98")));
        assertThat(rows.get(1).get("description").asString()).isEqualTo("Payment of F-46, « en partie »");
        assertThat(rows.get(1).get("reference").asString()).isEqualTo("P-46");
        assertThat(rows.get(1).get("amount").decimalValue()).isEqualByComparingTo("-14.98");
        assertThat(rows.get(1).get("balance").decimalValue()).isEqualByComparingTo(opening.add(new BigDecimal("100.00")));
        assertThat(rows.get(2).get("entry").asLong()).isEqualTo(reversal);
        assertThat(rows.get(2).get("description").asString()).isEqualTo("↺ #" + id + " " + description);
        assertThat(rows.get(2).get("reference").asString()).isEqualTo("F-46");
        assertThat(rows.get(2).get("balance").decimalValue()).isEqualByComparingTo(opening.add(new BigDecimal("-14.98")));
        assertThat(rows.get(3).get("description").asString()).isEqualTo("No reference");
        assertThat(rows.get(3).has("reference")).isFalse();
        assertThat(rows.get(3).has("party")).isFalse();
        assertThat(rows.get(3).get("balance").decimalValue()).isEqualByComparingTo(opening.add(new BigDecimal("-13.98")));
        var csv = keeper().get("/api/v1/reports/general-ledger?account=1200&from=" + year + "-01-01&to=" + year + "-12-31&format=csv").body();
        assertThat(csv).contains("," + year + "-02-02,\"Payment of F-46, « en partie »\",P-46,Org0046,,14.98,"
                + opening.add(new BigDecimal("100.00")).toPlainString() + "\r\n");

        // every line carries its entry's description and reference, however it was written
        String inYear = "WHERE l.entry_date BETWEEN DATE '" + year + "-01-01' AND DATE '" + year + "-12-31'";
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journal_line l " + inYear).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id %s
                AND l.description = e.description
                AND (l.reference = e.reference OR l.reference IS NULL AND e.reference IS NULL)""".formatted(inYear))
                .query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void theLongestTextsOfALineFitTheLedgerIndex() {
        int year = Years.fresh();
        // 3 bytes each in UTF-8: the most bytes a description, reference and party can take (2,100)
        String description = "€".repeat(500), reference = "€".repeat(100), party = "€".repeat(100);
        var posted = keeper().post("/api/v1/journal-entries", """
                {"date":"%5$d-03-01","description":"%s","reference":"%s","lines":[
                  {"account":"1200","side":"DEBIT","amount":"1.00","party":"%s"},
                  {"account":"4001","side":"CREDIT","amount":"1.00","party":"%s"}]}""".formatted(description, reference, party, party, year));
        assertThat(posted.status()).isEqualTo(201);
        JsonNode row = keeper().get("/api/v1/reports/general-ledger?account=1200&from=" + year + "-01-01&to=" + year + "-12-31").json().get("rows").get(0);
        assertThat(row.get("description").asString()).isEqualTo(description);
        assertThat(row.get("reference").asString()).isEqualTo(reference);
        assertThat(row.get("party").asString()).isEqualTo(party);
    }

    @Test
    void postedEntriesNeverChangeInTheDatabase() throws Exception {
        int year = Years.fresh();
        long id = keeper().post("/api/v1/journal-entries", entry(year + "-01-01", "Frozen", "5420", "1010", "3.00"))
                .json().get("id").asLong();
        String product;
        try (var c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        if (product.contains("PostgreSQL")) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE journal_line SET amount = amount + 1 WHERE entry_id = :id").param("id", id).update())
                    .hasMessageContaining("never change");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM journal_entry WHERE id = :id").param("id", id).update())
                    .hasMessageContaining("never change");
            // a line set that does not balance is refused by the database itself
            assertThatThrownBy(() -> jdbc.sql("""
                    INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount, description)
                    SELECT :id, 9, DATE '%1$d-01-01', account_id, 1.00, description FROM journal_line WHERE entry_id = :id AND line_no = 1""".formatted(year))
                    .param("id", id).update()).hasMessageContaining("does not balance");
            // and so is an entry whose lines do not repeat its description
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                long other = jdbc.sql("""
                        INSERT INTO journal_entry (entry_date, description, total, line_count, posted_at, posted_by)
                        VALUES (DATE '%1$d-01-03', 'Told', 1.00, 2, CURRENT_TIMESTAMP, 'test') RETURNING id""".formatted(year)).query(Long.class).single();
                jdbc.sql("""
                        INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount, description)
                        SELECT :other, line_no, DATE '%1$d-01-03', account_id, CASE WHEN line_no = 1 THEN 1.00 ELSE -1.00 END,
                               CASE WHEN line_no = 1 THEN 'Told' ELSE 'Something else' END
                        FROM journal_line WHERE entry_id = :id""".formatted(year))
                        .param("other", other).param("id", id).update();
            })).hasMessageContaining("description");
        }
        // the database refuses an entry whose recorded totals disagree (both databases)
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO journal_entry (entry_date, description, total, line_count, posted_at, posted_by)
                VALUES (DATE '%1$d-01-02', 'one line', -1.00, 1, CURRENT_TIMESTAMP, 'test')""".formatted(year)).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(keeper().get("/api/v1/journal-entries/" + id).json().get("total").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
