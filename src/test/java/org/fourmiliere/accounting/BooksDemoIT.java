package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo instance's books are the 2006–07 statements of the annual report (seed 000), read through the API as a
 * worker of the accounting role reads them: the income statement of the fiscal year, line by line, by month and by
 * department, and the balance sheet at its end. Two readings of the printed statements (docs/accounting.md, "Demo
 * books"): the revenue lines add up to 216,367.83 $ (216,467.83 $ is printed), so the profit is 13,330.82 $; and
 * the balance sheet's printed totals hold with "CSST à payer" a debit balance of 770.05 $.
 */
@DemoInstance
class BooksDemoIT {

    private static final String YEAR = "from=2006-09-01&to=2007-08-31";

    /** Every line of the seed's income statement: code → name in the default chart (French) and amount. */
    private static final Map<String, Line> INCOME_STATEMENT = lines(
            "4001", "Webdev", "143246.64",
            "4002", "Hébergement", "28518.36",
            "4003", "Graphisme", "27209.61",
            "4004", "Sysadmin", "10257.22",
            "4005", "Traduction", "350.00",
            "4006", "Formation", "5871.00",
            "4007", "Noms de domaine", "695.00",
            "4008", "Ventes générales", "60.00",
            "4009", "Cotisations", "60.00",
            "4010", "Transport et manutention", "100.00",
            "5410", "Frais de colocation", "7420.85",
            "5450", "Noms de domaine", "644.67",
            "5460", "Frais de transport", "244.07",
            "5095", "Salaires", "5590.00",
            "5100", "Rôle de vente", "11668.14",
            "5101", "Rôle de coordination", "13626.26",
            "5102", "Rôle de développement web", "32540.77",
            "5103", "Rôle d'administration système", "15626.50",
            "5104", "Rôle de secrétariat", "2144.63",
            "5105", "Rôle de comptabilité", "4989.50",
            "5108", "Recherche de contrats et subventions", "1680.76",
            "5106", "Rôle de communication marketing", "3332.00",
            "5107", "Rôle de graphisme", "860.00",
            "5310", "Dépenses d'assurance-emploi", "930.49",
            "5320", "Dépenses RRQ", "1993.59",
            "5330", "Dépenses CNESST (CSST)", "36.35",
            "5340", "Dépenses FSS", "1229.23",
            "5350", "Dépenses RQAP", "265.34",
            "5360", "Dépenses vacances", "1821.00",
            "5210", "Webdev (pigistes)", "53771.93",
            "5220", "Graphisme (pigistes)", "14840.89",
            "5230", "Formation (pigistes)", "2363.88",
            "5240", "Divers (pigistes)", "4161.00",
            "5470", "Publicité et promotion", "1750.00",
            "5500", "Créances irrécouvrables", "14089.41",
            "5440", "Intérêts et frais bancaires", "925.33",
            "5480", "Fournitures de bureau", "319.25",
            "5490", "Courrier et frais postaux", "5.99",
            "5420", "Loyer", "3138.36",
            "5430", "Téléphone", "712.95",
            "5510", "Taxes d'affaires, droits d'adhésion et permis", "144.50",
            "5520", "Perte sur change", "169.37");

    /** The statement by account rolls the children up into their parents: salaries, freelancers, employer charges. */
    private static final Map<String, Line> ROLLED_UP = lines(
            "5095", "Salaires", "92058.56",
            "5200", "Pigistes", "75137.70",
            "5300", "Charges sociales", "6276.00");

    private static final Map<String, Line> ASSETS = lines(
            "1010", "Compte chèque", "7199.80",
            "1020", "Petite caisse", "744.92",
            "1030", "Compte PayPal", "344.62",
            "1200", "Comptes clients", "47519.31",
            "1300", "Inventaire / Général", "5477.98");

    private static final Map<String, Line> LIABILITIES = lines(
            "2010", "Comptes fournisseurs", "7784.98",
            "2100", "Carte de crédit VISA", "237.88",
            "2310", "TPS à payer", "4959.75",
            "2320", "TVQ à payer", "6546.43",
            "2330", "TVH à payer", "49.13",
            "2350", "CNESST (CSST) à payer", "-770.05",
            "2400", "Indemnités de vacances à payer", "1821.00",
            "2500", "Emprunt auprès des actionnaires", "0.01");

    @LocalServerPort
    int port;

    private Api claire() {
        return new Api(port).basic("claire@example.org", DemoInstance.PASSWORD).language("fr");
    }

    private JsonNode get(String path) {
        Api.Response r = claire().get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theIncomeStatementOfTheYearIsTheSeedsLineByLine() {
        JsonNode is = get("/api/v1/reports/income-statement?" + YEAR);
        assertThat(is.get("revenue").get("total").decimalValue()).isEqualByComparingTo("216367.83");
        assertThat(is.get("expenses").get("total").decimalValue()).isEqualByComparingTo("203037.01");
        assertThat(is.get("profit").decimalValue()).isEqualByComparingTo("13330.82");

        Map<String, Line> expected = new LinkedHashMap<>(INCOME_STATEMENT);
        expected.putAll(ROLLED_UP);
        Map<String, Line> shown = new LinkedHashMap<>();
        for (String section : List.of("revenue", "expenses")) {
            for (JsonNode l : is.get(section).get("lines")) shown.put(l.get("code").asString(), line(l, "amount"));
        }
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyMonthHasRevenueWithPeaksInMarchThenJuneThenNovember() {
        JsonNode m = get("/api/v1/reports/income-statement?" + YEAR + "&by=month");
        List<String> months = new ArrayList<>();
        m.get("months").forEach(x -> months.add(x.asString()));
        assertThat(months).hasSize(12).startsWith("2006-09").endsWith("2007-08");
        List<BigDecimal> revenue = new ArrayList<>();
        m.get("revenue").forEach(x -> revenue.add(x.decimalValue()));
        assertThat(revenue).allSatisfy(r -> assertThat(r).isPositive());
        List<String> byRevenue = new ArrayList<>(months);
        byRevenue.sort(Comparator.comparing((String month) -> revenue.get(months.indexOf(month))).reversed());
        assertThat(byRevenue.subList(0, 3)).containsExactly("2007-03", "2007-06", "2006-11");

        // the monthly columns add up, account by account (the parents' own postings apart), to the seed's lines
        Map<String, Line> totals = new LinkedHashMap<>();
        for (JsonNode l : m.get("lines")) totals.put(l.get("code").asString(), line(l, "total"));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(INCOME_STATEMENT);
    }

    @Test
    void webDevelopmentBringsTwoThirdsOfTheRevenue() {
        JsonNode d = get("/api/v1/reports/income-statement?" + YEAR + "&by=department");
        JsonNode first = d.get("lines").get(0);
        assertThat(first.get("code").asString()).isEqualTo("WEBDEV");
        assertThat(first.get("revenue").decimalValue()).isEqualByComparingTo("143246.64");
        assertThat(first.get("revenueShare").decimalValue()).isEqualByComparingTo("66.2");
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (JsonNode l : d.get("lines")) {
            if (l.hasNonNull("code")) shares.put(l.get("code").asString(), l.get("revenueShare").decimalValue());
        }
        assertThat(shares.get("HOSTING")).isEqualByComparingTo("13.2");
        assertThat(shares.get("DESIGN")).isEqualByComparingTo("12.6");
        assertThat(d.get("revenue").decimalValue()).isEqualByComparingTo("216367.83");
        assertThat(d.get("profit").decimalValue()).isEqualByComparingTo("13330.82");
    }

    @Test
    void theBalanceSheetAtTheYearsEndIsTheSeedsLineByLine() {
        JsonNode bs = get("/api/v1/reports/balance-sheet?at=2007-08-31");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(section(bs.get("assets"))).containsExactlyInAnyOrderEntriesOf(ASSETS);
        soft.assertThat(section(bs.get("liabilities"))).containsExactlyInAnyOrderEntriesOf(LIABILITIES);
        soft.assertThat(section(bs.get("equity"))).containsExactlyInAnyOrderEntriesOf(lines("3100", "Bénéfices non répartis", "27326.68"));
        soft.assertThat(bs.get("assets").get("total").decimalValue()).isEqualByComparingTo("61286.63");
        soft.assertThat(bs.get("liabilities").get("total").decimalValue()).isEqualByComparingTo("20629.13");
        soft.assertThat(bs.get("retainedEarnings").decimalValue()).isEqualByComparingTo("0");
        soft.assertThat(bs.get("currentProfit").decimalValue()).isEqualByComparingTo("13330.82");
        soft.assertThat(bs.get("totalEquity").decimalValue()).isEqualByComparingTo("40657.50");
        soft.assertThat(bs.get("totalLiabilitiesAndEquity").decimalValue()).isEqualByComparingTo("61286.63");
        soft.assertAll();
    }

    @Test
    void theYearOpensOnItsFirstDayAndIsTheOnlyOneInTheBooks() {
        JsonNode before = get("/api/v1/reports/balance-sheet?at=2006-08-31");
        assertThat(before.get("assets").get("lines")).isEmpty();
        JsonNode opening = get("/api/v1/reports/balance-sheet?at=2006-09-01");
        assertThat(opening.get("equity").get("total").decimalValue()).as("retained earnings at the opening").isEqualByComparingTo("27326.68");
        assertThat(opening.get("retainedEarnings").decimalValue()).isEqualByComparingTo("0");
        JsonNode years = get("/api/v1/reports/years");
        assertThat(years).hasSize(1);
        assertThat(years.get(0).get("label").asString()).isEqualTo("2006-07");
        assertThat(years.get(0).get("profit").decimalValue()).isEqualByComparingTo("13330.82");
        assertThat(years.get(0).get("netValue").decimalValue()).isEqualByComparingTo("40657.50");
    }

    /** A line as the API shows it: its name and amount (compared by value, whatever the scale). */
    record Line(String name, BigDecimal amount) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && name.equals(l.name) && amount.compareTo(l.amount) == 0;
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    private static Line line(JsonNode l, String amountField) {
        return new Line(l.get("name").asString(), l.get(amountField).decimalValue());
    }

    private static Map<String, Line> section(JsonNode s) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (JsonNode l : s.get("lines")) m.put(l.get("code").asString(), line(l, "amount"));
        return m;
    }

    private static Map<String, Line> lines(String... codeNameAmount) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (int i = 0; i < codeNameAmount.length; i += 3) {
            m.put(codeNameAmount[i], new Line(codeNameAmount[i + 1], new BigDecimal(codeNameAmount[i + 2])));
        }
        return m;
    }
}
