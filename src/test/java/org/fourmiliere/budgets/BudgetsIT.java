package org.fourmiliere.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
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
 * Budgets over the API, each acceptance point of the issue against figures computed by hand: the evaluation's
 * categories and totals, next year's projection from 2006–07's revenue lines, the cash-flow forecast with a customer
 * 20 days late, payroll and rent and its cushion warning, profitability of a department; versions, CSV, access, bad input.
 */
@IntegrationTest
class BudgetsIT {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    static String entry(String date, String debit, String credit, String amount, String department) {
        return """
                {"date":"%s","description":"budget test","lines":[
                  {"account":"%s","side":"DEBIT","amount":"%s"%s},
                  {"account":"%s","side":"CREDIT","amount":"%s"%s}]}"""
                .formatted(date, debit, amount, department == null ? "" : ",\"department\":\"" + department + "\"",
                        credit, amount, department == null ? "" : ",\"department\":\"" + department + "\"");
    }

    void post(String date, String debit, String credit, String amount) {
        post(date, debit, credit, amount, null);
    }

    void post(String date, String debit, String credit, String amount, String department) {
        var r = keeper().post("/api/v1/journal-entries", entry(date, debit, credit, amount, department));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    long budget(int fiscalYear, String entries) {
        var created = keeper().post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"Budget %d\"}".formatted(fiscalYear, fiscalYear));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var entered = keeper().post("/api/v1/budgets/" + id + "/entries", "{\"entries\":[" + entries + "]}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        return id;
    }

    long adoptingDecision() {
        long body = keeper().get("/api/v1/bodies").json().get(0).get("id").asLong();
        long voter = people.person("Voter").id();
        var d = keeper().post("/api/v1/decisions", """
                {"bodyId": %d, "decidedOn": "2007-06-01", "text": "Adopt the budget %s", "how": "VOTE", "votersFor": [%d]}"""
                .formatted(body, People.unique("b"), voter));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return d.json().get("id").asLong();
    }

    void adopt(long id) {
        assertThat(keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"PROPOSED\"}").status()).isEqualTo(200);
        var adopted = keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"ADOPTED\",\"decisionId\":" + adoptingDecision() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    }

    static JsonNode line(JsonNode evaluation, String account) {
        for (JsonNode l : evaluation.get("lines")) if (l.get("account").asString().equals(account)) return l;
        throw new AssertionError("no line " + account + " in " + evaluation);
    }

    static BigDecimal wageOn(Api api, LocalDate day) {
        BigDecimal wage = null;
        LocalDate best = null;
        for (JsonNode r : api.get("/api/v1/wage-rates").json()) {
            LocalDate from = LocalDate.parse(r.get("from").asString());
            if (!from.isAfter(day) && (best == null || from.isAfter(best))) {
                best = from;
                wage = r.get("hourly").decimalValue();
            }
        }
        return wage;
    }

    @Test
    void evaluationSortsEveryCategoryWithTotalsToTheCentAndTheTenth() {
        int y = Years.fresh(2);
        int fy = y + 1; // Sept. y – Aug. y+1
        long id = budget(fy, """
                {"account":"5470","period":"YEAR","amount":"1200.00","spread":"EVEN"},
                {"account":"5420","period":"QUARTER","number":1,"amount":"3000.00"},
                {"account":"5480","period":"MONTH","number":1,"amount":"500.00"},
                {"account":"4001","period":"QUARTER","number":1,"amount":"10000.00"},
                {"account":"4002","period":"QUARTER","number":1,"amount":"6000.00"},
                {"account":"4003","period":"MONTH","number":2,"amount":"1000.00"}""");
        for (String m : new String[] {"09", "10", "11"}) post(y + "-" + m + "-05", "5420", "1010", "1200.00");
        post(y + "-10-10", "5430", "1010", "251.23");
        post(y + "-09-15", "5480", "1010", "520.00");
        post(y + "-10-01", "1010", "4001", "13000.00");
        post(y + "-11-01", "1010", "4002", "4500.00");
        post(y + "-10-20", "1010", "4003", "1000.00");

        var r = keeper().get("/api/v1/budgets/" + id + "/evaluation?from=" + y + "-09-01&to=" + y + "-11-30");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json();
        // advertising: 1200 a year spread evenly, 300 over the quarter, nothing spent
        assertThat(line(e, "5470").get("category").asString()).isEqualTo("UNUSED");
        assertThat(line(e, "5470").get("nothingSpent").asBoolean()).isTrue();
        assertThat(line(e, "5470").get("budget").decimalValue()).isEqualByComparingTo("300.00");
        // rent: 3 × 1200 = 3600 against 3000: +600.00, 20.0 %
        assertThat(line(e, "5420").get("category").asString()).isEqualTo("OVERSPENT");
        assertThat(line(e, "5420").get("difference").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(line(e, "5420").get("percent").decimalValue()).isEqualByComparingTo("20.0");
        // telephone: nothing planned
        assertThat(line(e, "5430").get("category").asString()).isEqualTo("OVERSPENT");
        assertThat(line(e, "5430").get("notPlanned").asBoolean()).isTrue();
        // office supplies: 520 against 500, +4.0 %, within the 10 % tolerance
        assertThat(line(e, "5480").get("category").asString()).isEqualTo("WELL_ESTIMATED");
        assertThat(line(e, "5480").get("percent").decimalValue()).isEqualByComparingTo("4.0");
        // web development: 13000 against 10000 (+30.0 %); hosting 4500 against 6000 (−25.0 %); design on target
        assertThat(line(e, "4001").get("category").asString()).isEqualTo("EXTRA");
        assertThat(line(e, "4001").get("percent").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(line(e, "4002").get("category").asString()).isEqualTo("MISSING");
        assertThat(line(e, "4002").get("difference").decimalValue()).isEqualByComparingTo("-1500.00");
        assertThat(line(e, "4002").get("percent").decimalValue()).isEqualByComparingTo("-25.0");
        assertThat(line(e, "4003").get("category").asString()).isEqualTo("WELL_ESTIMATED");
        // expenses: estimated 300 + 3000 + 500 = 3800.00; actual 3600 + 251.23 + 520 = 4371.23; +571.23 = 15.0 %
        assertThat(e.get("expenses").get("estimated").decimalValue()).isEqualByComparingTo("3800.00");
        assertThat(e.get("expenses").get("actual").decimalValue()).isEqualByComparingTo("4371.23");
        assertThat(e.get("expenses").get("difference").decimalValue()).isEqualByComparingTo("571.23");
        assertThat(e.get("expenses").get("percent").decimalValue()).isEqualByComparingTo("15.0");
        // revenue: estimated 17000.00; actual 18500.00; +1500 = 8.8 %
        assertThat(e.get("revenue").get("estimated").decimalValue()).isEqualByComparingTo("17000.00");
        assertThat(e.get("revenue").get("actual").decimalValue()).isEqualByComparingTo("18500.00");
        assertThat(e.get("revenue").get("percent").decimalValue()).isEqualByComparingTo("8.8");

        // the whole year: advertising's 1200 and nothing else planned after the first quarter
        JsonNode year = keeper().get("/api/v1/budgets/" + id + "/evaluation").json();
        assertThat(year.get("expenses").get("estimated").decimalValue()).isEqualByComparingTo("4700.00");

        var csv = keeper().get("/api/v1/budgets/" + id + "/evaluation/csv?from=" + y + "-09-01&to=" + y + "-11-30");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("account;name;kind;category").contains("5420;Rent;EXPENSE;OVERSPENT;3000.00;3600.00;600.00;20.0");
        var pdf = keeper().get("/api/v1/budgets/" + id + "/evaluation/pdf?from=" + y + "-09-01&to=" + y + "-11-30");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void projectionFrom2006_07sRevenueLinesWithTheSeedsGrowthRates() {
        int y = Years.fresh(3);
        int base = y + 1; // fiscal year Sept. y – Aug. y+1
        String[][] lines = {{"4001", "143246.64"}, {"4002", "28518.36"}, {"4003", "27209.61"}, {"4004", "10257.22"},
                {"4005", "350.00"}, {"4006", "5871.00"}, {"4007", "695.00"}, {"4008", "60.00"}, {"4009", "60.00"}, {"4010", "100.00"}};
        for (String[] l : lines) post(y + "-11-15", "1010", l[0], l[1]);
        post(y + "-12-01", "5480", "1010", "203037.01");
        String growth = """
                "growth":{"WEBDEV":"0.30","HOSTING":"0.20","DESIGN":"0","SYSADMIN":"0.30","TRANSLATION":"0","TRAINING":"0.30","DOMAINS":"0.20"}""";
        var plain = keeper().post("/api/v1/budgets/projections", "{\"baseYear\":" + base + "," + growth + "}");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        JsonNode p = plain.json().get("projection");
        // 143246.64 × 1.30 = 186220.63; 28518.36 × 1.20 = 34222.03; 27209.61; 10257.22 × 1.30 = 13334.39; 350.00;
        // 5871.00 × 1.30 = 7632.30; 695.00 × 1.20 = 834.00; 60.00 + 60.00 + 100.00 (no growth stated)
        // = 270022.96
        assertThat(p.get("revenueBeforeSubsidy").decimalValue()).isEqualByComparingTo("270022.96");
        // balance without hypotheses: 270022.96 − 203037.01 = 66985.95
        assertThat(p.get("balanceWithSubsidy").decimalValue()).isEqualByComparingTo("66985.95");

        var saved = keeper().post("/api/v1/budgets/projections", "{\"baseYear\":" + base + "," + growth
                + ",\"subsidy\":\"45000\",\"newHoursPerWeek\":\"53\",\"wage\":\"15.00\",\"chargesRate\":\"0.12\",\"save\":true}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode s = saved.json().get("projection");
        // 53 h × 52 weeks × 15.00 × 1.12 = 46300.80; expenses 203037.01 + 46300.80 = 249337.81
        // balance: 270022.96 + 45000.00 − 249337.81 = 65685.15
        assertThat(s.get("newSalaries").decimalValue()).isEqualByComparingTo("46300.80");
        assertThat(s.get("expensesTotal").decimalValue()).isEqualByComparingTo("249337.81");
        assertThat(s.get("balanceWithSubsidy").decimalValue()).isEqualByComparingTo("65685.15");
        // saved as a draft of the next year, its lines adding up to the projection
        long draft = saved.json().get("budgetId").asLong();
        JsonNode b = keeper().get("/api/v1/budgets/" + draft).json();
        assertThat(b.get("status").asString()).isEqualTo("DRAFT");
        assertThat(b.get("fiscalYear").asInt()).isEqualTo(base + 1);
        assertThat(b.get("revenue").decimalValue()).isEqualByComparingTo("270022.96");
        assertThat(b.get("expenses").decimalValue()).isEqualByComparingTo("249337.81");
    }

    @Test
    void cashFlowWithInvoicesDueOverThreeMonthsALateCustomerPayrollAndRentAndTheCushion() {
        int y = Years.fresh();
        Api k = keeper();
        long alpha = customer("Alpha"), beta = customer("Beta"), gamma = customer("Gamma");
        // Alpha's history: an invoice due 31 Jan. paid on 20 Feb., 20 days late
        long old = invoice(alpha, y + "-01-01", y + "-01-31", "1000.00", "4001");
        var paid = k.post("/api/v1/payments", """
                {"customerId":%d,"date":"%d-02-20","method":"CHEQUE","amount":"1000.00"}""".formatted(alpha, y));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(old).isPositive();
        invoice(alpha, y + "-03-01", y + "-03-31", "5000.00", "4001"); // expected 20 April
        invoice(beta, y + "-04-15", y + "-05-15", "8000.00", "4002");  // May
        invoice(gamma, y + "-05-20", y + "-06-19", "3000.00", "4002"); // June
        long vendor = k.post("/api/v1/vendors", """
                {"name":"%s","kind":"COMPANY","province":"QC","language":"fr"}""".formatted(People.unique("Vendor"))).json().get("id").asLong();
        var bill = k.post("/api/v1/bills", """
                {"vendorId":%d,"date":"%d-04-01","dueDate":"%d-05-01","vendorReference":"%s","lines":[
                  {"description":"Fournitures","quantity":1,"unitPrice":"1500.00","account":"5480","taxCode":"EXEMPT"}]}"""
                .formatted(vendor, y, y, People.unique("B")));
        assertThat(bill.status()).as(bill.body()).isEqualTo(201);
        var big = k.post("/api/v1/bills", """
                {"vendorId":%d,"date":"%d-06-01","dueDate":"%d-07-15","vendorReference":"%s","lines":[
                  {"description":"Serveurs","quantity":1,"unitPrice":"20000.00","account":"5480","taxCode":"EXEMPT"}]}"""
                .formatted(vendor, y, y, People.unique("B")));
        assertThat(big.status()).as(big.body()).isEqualTo(201);
        // payroll: 24 paid hours over the 12 weeks before April: 2 h a week
        var worker = people.workerWithAccount("Payroll");
        Api w = new Api(port).basic(worker.email(), worker.password());
        String code = People.unique("cash");
        assertThat(w.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}").status()).isEqualTo(201);
        for (int d = 2; d <= 5; d++) {
            var t = w.post("/api/v1/time-entries", "{\"activity\":\"" + code + "\",\"start\":\"" + y + "-03-0" + d
                    + "T09:00-05:00\",\"end\":\"" + y + "-03-0" + d + "T15:00-05:00\",\"kind\":\"PAID\"}");
            assertThat(t.status()).as(t.body()).isEqualTo(201);
        }
        // the adopted budget of the fiscal year (Sept. y-1 – Aug. y): rent 1200 a month, web development 2000 a month,
        // advertising 100 a month
        long id = budget(y, """
                {"account":"5420","period":"YEAR","amount":"14400.00","spread":"EVEN"},
                {"account":"4001","period":"YEAR","amount":"24000.00","spread":"EVEN"},
                {"account":"5470","period":"YEAR","amount":"1200.00","spread":"EVEN"}""");
        adopt(id);

        BigDecimal wage = wageOn(k, LocalDate.of(y, 4, 1));
        // 2 h × 52 / 12 × wage × 1.15
        BigDecimal payroll = new BigDecimal("2").multiply(BigDecimal.valueOf(52)).multiply(wage).multiply(new BigDecimal("1.15"))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        var r = k.get("/api/v1/budgets/cash-flow?from=" + y + "-04-01&months=5");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode months = r.json().get(0).get("months");
        BigDecimal opening = months.get(0).get("opening").decimalValue();
        // April: Alpha's 5000 (due 31 March + 20 days = 20 April; it is on 4001, so no budget revenue); rent 1200,
        //        payroll, advertising 100 from the budget (no bill on 5470)
        assertThat(months.get(0).get("receipts").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(months.get(0).get("budgetReceipts").decimalValue()).isEqualByComparingTo("0");
        assertThat(months.get(0).get("budgetPayments").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(months.get(0).get("payments").decimalValue()).isEqualByComparingTo(payroll.add(new BigDecimal("1200.00")));
        BigDecimal apr = opening.add(new BigDecimal("5000")).subtract(payroll).subtract(new BigDecimal("1300"));
        assertThat(months.get(0).get("closing").decimalValue()).isEqualByComparingTo(apr);
        // May: Beta's 8000 + the budget's 2000 of web development; the bill 1500, rent, payroll, advertising
        BigDecimal may = apr.add(new BigDecimal("10000")).subtract(new BigDecimal("1500")).subtract(payroll).subtract(new BigDecimal("1300"));
        assertThat(months.get(1).get("budgetReceipts").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(months.get(1).get("closing").decimalValue()).isEqualByComparingTo(may);
        // June: Gamma's 3000 + 2000 budget
        BigDecimal jun = may.add(new BigDecimal("5000")).subtract(payroll).subtract(new BigDecimal("1300"));
        assertThat(months.get(2).get("closing").decimalValue()).isEqualByComparingTo(jun);
        // July: 2000 budget in; the 20000 bill (due 15 July), rent, advertising and payroll out; August as June without Gamma
        BigDecimal jul = jun.add(new BigDecimal("700")).subtract(new BigDecimal("20000")).subtract(payroll);
        BigDecimal aug = jul.add(new BigDecimal("700")).subtract(payroll);
        assertThat(months.get(3).get("closing").decimalValue()).isEqualByComparingTo(jul);
        assertThat(months.get(4).get("closing").decimalValue()).isEqualByComparingTo(aug);

        // a cushion 1000 above the opening balance: April is opening + 3700 − payroll, May and June higher, July
        // opening − 4700 − 4 × payroll: the warning fires in July
        BigDecimal cushion = opening.add(new BigDecimal("1000"));
        JsonNode warned = k.get("/api/v1/budgets/cash-flow?from=" + y + "-04-01&months=5&cushion=" + cushion.toPlainString()).json().get(0);
        assertThat(warned.get("firstBelowCushion").asString()).isEqualTo(y + "-07");
        assertThat(warned.get("months").get(2).get("belowCushion").asBoolean()).isFalse();
        assertThat(warned.get("months").get(3).get("belowCushion").asBoolean()).isTrue();
        // the same with the collective's setting of 30000: every month is judged against it
        JsonNode byDefault = k.get("/api/v1/budgets/cash-flow?from=" + y + "-04-01&months=5").json().get(0);
        assertThat(byDefault.get("cushion").decimalValue()).isEqualByComparingTo("30000");
        var csv = k.get("/api/v1/budgets/cash-flow/csv?from=" + y + "-04-01&months=5");
        assertThat(csv.body()).startsWith("month;opening;receipts").contains(y + "-07;");
        var pdf = k.get("/api/v1/budgets/cash-flow/pdf?from=" + y + "-04-01&months=5");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        // week by week, as CSV: 1 April – 31 August is 153 days, 21 weeks and a last period of 6 days; Alpha's 5000
        // arrives on 20 April (week of 15 April); each week opens on the last one's closing; the last closes as August
        String[] weeks = k.get("/api/v1/budgets/cash-flow/weeks/csv?from=" + y + "-04-01&months=5").body().split("\n");
        assertThat(weeks[0]).isEqualTo("from;to;opening;receipts;budget_receipts;payments;budget_payments;closing;below_cushion");
        assertThat(weeks).hasSize(1 + 22);
        assertThat(weeks[1]).startsWith(y + "-04-01;" + y + "-04-07;");
        assertThat(new BigDecimal(weeks[1].split(";")[2])).isEqualByComparingTo(opening);
        assertThat(weeks[3]).startsWith(y + "-04-15;" + y + "-04-21;");
        assertThat(new BigDecimal(weeks[3].split(";")[3])).isEqualByComparingTo("5000.00");
        for (int i = 2; i <= 22; i++)
            assertThat(new BigDecimal(weeks[i].split(";")[2])).isEqualByComparingTo(new BigDecimal(weeks[i - 1].split(";")[7]));
        assertThat(weeks[22]).startsWith(y + "-08-26;" + y + "-08-31;");
        assertThat(new BigDecimal(weeks[22].split(";")[7])).isEqualByComparingTo(aug);
        // and as PDF, read back with PDFBox: the title, the first and last weeks and August's closing balance
        String weeksPdf = pdfText("/api/v1/budgets/cash-flow/weeks/pdf?from=" + y + "-04-01&months=5");
        assertThat(weeksPdf).contains("Cash-flow forecast").contains(y + "-04-01 – " + y + "-04-07")
                .contains(y + "-08-26 – " + y + "-08-31").contains(aug.toPlainString());

        // scenario: Beta pays 60 days late, its 8000 moves from May to July
        JsonNode both = k.get("/api/v1/budgets/cash-flow?from=" + y + "-04-01&months=5&lateParty=" + java.net.URLEncoder.encode(betaName, java.nio.charset.StandardCharsets.UTF_8) + "&lateDays=60").json();
        assertThat(both).hasSize(2);
        assertThat(both.get(1).get("months").get(1).get("closing").decimalValue()).isEqualByComparingTo(may.subtract(new BigDecimal("8000")));
        assertThat(both.get(1).get("months").get(3).get("closing").decimalValue()).isEqualByComparingTo(jul);
    }

    String pdfText(String path) {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (BrowserTest.ADMIN_EMAIL + ":" + BrowserTest.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path)).header("Authorization", auth)
                    .header("Accept-Language", "en").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace('\u202f', ' ').replace('\u00a0', ' ');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String betaName;

    long customer(String prefix) {
        String name = People.unique(prefix);
        if (prefix.equals("Beta")) betaName = name;
        var r = keeper().post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"fr"}""".formatted(name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long invoice(long customer, String date, String due, String amount, String account) {
        var r = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%s","dueDate":"%s","lines":[{"description":"Travail","quantity":1,"unitPrice":"%s","account":"%s","taxCode":"EXEMPT"}]}"""
                .formatted(customer, date, due, amount, account));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void profitabilityOfADepartmentWithHoursFreelancersAndRevenue() {
        int y = Years.fresh();
        Api k = keeper();
        var worker = people.workerWithAccount("Designer");
        Api w = new Api(port).basic(worker.email(), worker.password());
        String code = People.unique("design");
        var act = w.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}");
        assertThat(act.status()).isEqualTo(201);
        long activity = act.json().get("id").asLong();
        assertThat(k.post("/api/v1/budgets/activity-departments", "{\"activityId\":" + activity + ",\"department\":\"DESIGN\"}").status()).isEqualTo(204);
        // 10 paid hours on the design activity
        for (int d = 2; d <= 3; d++)
            assertThat(w.post("/api/v1/time-entries", "{\"activity\":\"" + code + "\",\"start\":\"" + y + "-02-0" + d
                    + "T09:00-05:00\",\"end\":\"" + y + "-02-0" + d + "T14:00-05:00\",\"kind\":\"PAID\"}").status()).isEqualTo(201);
        post(y + "-02-10", "1010", "4003", "5000.00");            // design revenue
        post(y + "-02-10", "1010", "4002", "5000.00");            // hosting revenue
        post(y + "-02-11", "5220", "1010", "1000.00");            // design freelancers
        post(y + "-02-12", "5480", "1010", "200.00", "DESIGN");   // design's direct expense
        post(y + "-02-13", "5430", "1010", "300.00");             // overhead (no department)

        var r = k.get("/api/v1/budgets/reports/profitability?from=" + y + "-02-01&to=" + java.time.YearMonth.of(y, 2).atEndOfMonth());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode design = null;
        for (JsonNode l : r.json().get("lines")) if (l.get("department").asString().equals("DESIGN")) design = l;
        assertThat(design).isNotNull();
        BigDecimal wage = wageOn(k, LocalDate.of(y, 2, 28));
        BigDecimal hourCost = wage.multiply(new BigDecimal("1.15"));
        // labour: 10 h × wage × 1.15; overhead 300 shared by revenue, 5000 of 10000: 150.00
        BigDecimal labour = BigDecimal.TEN.multiply(hourCost).setScale(2, RoundingMode.HALF_UP);
        assertThat(design.get("hours").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(design.get("labour").decimalValue()).isEqualByComparingTo(labour);
        assertThat(design.get("freelancers").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(design.get("directExpenses").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(design.get("overheadShare").decimalValue()).isEqualByComparingTo("150.00");
        // margin: 5000 − labour − 1000 − 200 − 150
        assertThat(design.get("margin").decimalValue()).isEqualByComparingTo(new BigDecimal("3650.00").subtract(labour));
        // break-even: (1000 + 200 + 150) / (5000 / 10 − wage × 1.15), up to the tenth of an hour
        BigDecimal breakEven = new BigDecimal("1350").divide(new BigDecimal("500").subtract(hourCost), 1, RoundingMode.CEILING);
        assertThat(design.get("breakEvenHours").decimalValue()).isEqualByComparingTo(breakEven);
        var csv = k.get("/api/v1/budgets/reports/profitability/csv?from=" + y + "-02-01&to=" + java.time.YearMonth.of(y, 2).atEndOfMonth());
        assertThat(csv.body()).startsWith("department;name;revenue").contains("DESIGN;");
        var pdf = k.get("/api/v1/budgets/reports/profitability/pdf?from=" + y + "-02-01&to=" + java.time.YearMonth.of(y, 2).atEndOfMonth());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void versionsCopiesCsvAccessAndBadInput() {
        int y = Years.fresh(2);
        long id = budget(y, "{\"account\":\"5420\",\"period\":\"YEAR\",\"amount\":\"1000.00\"}");
        // adopted only by a decision of the register
        assertThat(keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"PROPOSED\"}").status()).isEqualTo(200);
        var noDecision = keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"ADOPTED\"}");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionId");
        var unknown = keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"ADOPTED\",\"decisionId\":999999999}");
        assertThat(unknown.status()).isEqualTo(400);
        adoptAfterProposal(id);
        JsonNode adopted = keeper().get("/api/v1/budgets/" + id).json();
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("decisionId").asLong()).isPositive();
        // an adopted budget does not change: a revision does, and supersedes it once adopted
        assertThat(keeper().post("/api/v1/budgets/" + id + "/entries", "{\"entries\":[{\"account\":\"5420\",\"period\":\"YEAR\",\"amount\":\"1.00\"}]}").status())
                .isEqualTo(409);
        var rev = keeper().post("/api/v1/budgets/" + id + "/revisions", "");
        assertThat(rev.status()).isEqualTo(201);
        long revision = rev.json().get("id").asLong();
        assertThat(rev.json().get("version").asInt()).isEqualTo(2);
        assertThat(rev.json().get("expenses").decimalValue()).isEqualByComparingTo("1000.00");
        // CSV out and in
        String csv = keeper().get("/api/v1/budgets/" + revision + "/csv").body();
        assertThat(csv).startsWith("account;department;month;amount\n5420;;" + (y - 1) + "-09;83.34");
        var imported = keeper().send("PUT", "/api/v1/budgets/" + revision + "/csv", csv.replace("5420;", "5430;"), "text/csv", null);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("lines").get(0).get("account").asString()).isEqualTo("5430");
        var badCsv = keeper().send("PUT", "/api/v1/budgets/" + revision + "/csv", "account;department;month;amount\n9999;;" + y + "-01;1.00", "text/csv", null);
        assertThat(badCsv.status()).isEqualTo(400);
        assertThat(keeper().get("/api/v1/budgets/" + revision).json().get("lines").get(0).get("account").asString()).isEqualTo("5430");
        adoptAfterProposal(revision);
        assertThat(keeper().get("/api/v1/budgets/" + id).json().get("status").asString()).isEqualTo("SUPERSEDED");
        // next year's draft copied from this year's adopted budget
        var copy = keeper().post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"Copy\",\"copyFrom\":\"BUDGET\"}".formatted(y + 1));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("lines").get(0).get("account").asString()).isEqualTo("5430");
        assertThat(copy.json().get("expenses").decimalValue()).isEqualByComparingTo("1000.00");
        // idempotent creation
        String key = UUID.randomUUID().toString();
        long a = keeper().post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"Once\"}".formatted(y), key).json().get("id").asLong();
        long b = keeper().post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"Once\"}".formatted(y), key).json().get("id").asLong();
        assertThat(b).isEqualTo(a);

        // bad input: a 400 naming the field, nothing written
        var noYear = keeper().post("/api/v1/budgets", "{\"name\":\"x\"}");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().get("errors").get(0).get("field").asString()).isEqualTo("fiscalYear");
        var badAccount = keeper().post("/api/v1/budgets/" + a + "/entries", "{\"entries\":[{\"account\":\"1010\",\"period\":\"YEAR\",\"amount\":\"1.00\"}]}");
        assertThat(badAccount.status()).isEqualTo(400);
        assertThat(badAccount.json().get("errors").get(0).get("field").asString()).isEqualTo("entries[0].account");
        var badPeriod = keeper().get("/api/v1/budgets/" + a + "/evaluation?from=" + y + "-01-15&to=" + y + "-03-31");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        var badDate = keeper().get("/api/v1/budgets/cash-flow?from=nope");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(keeper().get("/api/v1/budgets/cash-flow?months=99").status()).isEqualTo(400);
        assertThat(keeper().get("/api/v1/budgets/999999999").status()).isEqualTo(404);

        // every worker reads, only the accounting role writes; nobody anonymous
        var reader = people.workerWithAccount("Reader");
        Api r = new Api(port).basic(reader.email(), reader.password());
        assertThat(r.get("/api/v1/budgets/" + id).status()).isEqualTo(200);
        assertThat(r.get("/api/v1/budgets/" + id + "/evaluation").status()).isEqualTo(200);
        assertThat(r.post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"x\"}".formatted(y)).status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/budgets").status()).isEqualTo(401);
    }

    void adoptAfterProposal(long id) {
        var r = keeper().get("/api/v1/budgets/" + id).json();
        if (r.get("status").asString().equals("DRAFT"))
            assertThat(keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"PROPOSED\"}").status()).isEqualTo(200);
        var adopted = keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"ADOPTED\",\"decisionId\":" + adoptingDecision() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    }

}
