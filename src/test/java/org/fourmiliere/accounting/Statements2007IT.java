package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The 2006–07 statements printed in seed 000 ("ÉTATS FINANCIERS"), replayed in a fiscal year of the test's own
 * ({@link Years}, so as not to meet the other tests' data): every line exists in the default chart (no account is
 * created), and the income statement and the balance sheet come out with every printed line. The printed
 * totals do not all add up: revenue is printed 216,467.83 $ but its lines sum to 216,367.83 $, and
 * liabilities are printed 20,629.13 $ but their lines sum to 22,169.23 $ (so the printed sheet does not
 * balance). Here each line is the printed one; totals are the sums of the lines, and equity is what
 * balances the sheet (39,117.40 $, of which 13,330.82 $ is the year's profit).
 */
@IntegrationTest
class Statements2007IT {

    @LocalServerPort
    int port;

    /** The statements as a journal of the fiscal year from September {@code year} to August {@code year + 1}. */
    static String journal(int year) {
        return """
            %1$d-08-31 Bénéfices des exercices antérieurs
                Assets:Compte chèque  25786.58 CAD
                Revenues:Webdev  -25786.58 CAD

            %2$d-08-31 Recettes de l'exercice
                Assets:Compte chèque  216367.83 CAD
                Revenues:Webdev  -143246.64 CAD
                Revenues:Hébergement  -28518.36 CAD
                Revenues:Graphisme  -27209.61 CAD
                Revenues:Sysadmin  -10257.22 CAD
                Revenues:Traduction  -350.00 CAD
                Revenues:Formation  -5871.00 CAD
                Revenues:Noms de domaine  -695.00 CAD
                Revenues:Ventes générales  -60.00 CAD
                Revenues:Cotisations  -60.00 CAD
                Revenues:Transport et manutention  -100.00 CAD

            %2$d-08-31 Dépenses de l'exercice
                Expenses:Frais de colocation  7420.85 CAD
                Expenses:Noms de domaine  644.67 CAD
                Expenses:Frais de transport  244.07 CAD
                Expenses:Salaires  5590.00 CAD
                Expenses:Salaires:Rôle de vente  11668.14 CAD
                Expenses:Salaires:Rôle de coordination  13626.26 CAD
                Expenses:Salaires:Rôle de développement web  32540.77 CAD
                Expenses:Salaires:Rôle de administration système  15626.50 CAD
                Expenses:Salaires:Rôle de secrétariat  2144.63 CAD
                Expenses:Salaires:Rôle de comptabilité  4989.50 CAD
                Expenses:Salaires:Recherche de contrats et subventions  1680.76 CAD
                Expenses:Salaires:Rôle de communication marketing  3332.00 CAD
                Expenses:Salaires:Rôle de graphisme  860.00 CAD
                Expenses:Charges sociales:Assurance-emploi  930.49 CAD
                Expenses:Charges sociales:RRQ  1993.59 CAD
                Expenses:Charges sociales:CNESST  36.35 CAD
                Expenses:Charges sociales:FSS  1229.23 CAD
                Expenses:Charges sociales:RQAP  265.34 CAD
                Expenses:Charges sociales:Vacances  1821.00 CAD
                Expenses:Pigistes:Webdev  53771.93 CAD
                Expenses:Pigistes:Graphisme  14840.89 CAD
                Expenses:Pigistes:Formation  2363.88 CAD
                Expenses:Pigistes:Divers  4161.00 CAD
                Expenses:Publicité et promotion  1750.00 CAD
                Expenses:Créances irrécouvrables  14089.41 CAD
                Expenses:Intérêts et frais bancaires  925.33 CAD
                Expenses:Fournitures de bureau  319.25 CAD
                Expenses:Courrier et frais postaux  5.99 CAD
                Expenses:Loyer  3138.36 CAD
                Expenses:Téléphone  712.95 CAD
                Expenses:Taxes d'affaires et permis  144.50 CAD
                Expenses:Perte sur change  169.37 CAD
                Assets:Compte chèque  -203037.01 CAD

            2057-08-31 Soldes au 31 août
                Assets:Petite caisse  744.92 CAD
                Assets:Compte Paypal  344.62 CAD
                Assets:Comptes clients  47519.31 CAD
                Assets:Inventaire  5477.98 CAD
                Liabilities:Comptes fournisseurs  -7784.98 CAD
                Liabilities:Carte de crédit  -237.88 CAD
                Liabilities:TPS à payer  -4959.75 CAD
                Liabilities:TVQ à payer  -6546.43 CAD
                Liabilities:TVH à payer  -49.13 CAD
                Liabilities:CNESST à payer  -770.05 CAD
                Liabilities:Indemnités de vacances à payer  -1821.00 CAD
                Liabilities:Emprunt auprès des actionnaires  -0.01 CAD
                Assets:Compte chèque  -31917.60 CAD
            """.formatted(year, year + 1);
    }

    @Test
    void theDefaultChartReproducesThe2006To07Statements() {
        Api api = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("fr");
        int year = Years.fresh(2);
        Map<String, BigDecimal> before = balances(api, year + "-08-30");
        var imported = api.postText("/api/v1/journal/import", journal(year));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("accountsCreated").asLong()).isZero();

        JsonNode is = api.get("/api/v1/reports/income-statement?from=" + year + "-09-01&to=" + (year + 1) + "-08-31").json();
        assertThat(is.get("revenue").get("total").decimalValue()).isEqualByComparingTo("216367.83");
        assertThat(is.get("expenses").get("total").decimalValue()).isEqualByComparingTo("203037.01");
        assertThat(is.get("profit").decimalValue()).isEqualByComparingTo("13330.82");
        Map<String, BigDecimal> revenue = new HashMap<>();
        for (JsonNode l : is.get("revenue").get("lines")) revenue.put(l.get("code").asString(), l.get("amount").decimalValue());
        assertThat(revenue.get("4001")).isEqualByComparingTo("143246.64");
        Map<String, BigDecimal> expenses = new HashMap<>();
        for (JsonNode l : is.get("expenses").get("lines")) expenses.put(l.get("code").asString(), l.get("amount").decimalValue());
        assertThat(expenses.get("5095")).as("salaries, with their roles").isEqualByComparingTo("92058.56");
        assertThat(expenses.get("5200")).as("freelancers").isEqualByComparingTo("75137.70");

        // the balance sheet's movement over the year is the printed balance sheet
        Map<String, BigDecimal> after = balances(api, (year + 1) + "-08-31");
        BigDecimal assets = BigDecimal.ZERO, liabilities = BigDecimal.ZERO;
        for (var e : after.entrySet()) {
            BigDecimal delta = e.getValue().subtract(before.getOrDefault(e.getKey(), BigDecimal.ZERO));
            if (e.getKey().startsWith("1")) assets = assets.add(delta);
            if (e.getKey().startsWith("2")) liabilities = liabilities.subtract(delta);
        }
        assertThat(assets).isEqualByComparingTo("61286.63");
        assertThat(liabilities).isEqualByComparingTo("22169.23");
        assertThat(after.get("1010").subtract(before.getOrDefault("1010", BigDecimal.ZERO))).isEqualByComparingTo("7199.80");
        JsonNode bs = api.get("/api/v1/reports/balance-sheet?at=" + (year + 1) + "-08-31").json();
        assertThat(bs.get("currentProfit").decimalValue()).isEqualByComparingTo("13330.82");
        assertThat(bs.get("assets").get("total").decimalValue()).isEqualByComparingTo(bs.get("totalLiabilitiesAndEquity").decimalValue());
    }

    /** Signed balance per account code at a day (debit > 0). */
    private static Map<String, BigDecimal> balances(Api api, String at) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (JsonNode n : api.get("/api/v1/reports/balances?at=" + at + "&depth=9").json()) {
            if (n.get("code") != null && !n.get("code").isNull()) m.put(n.get("code").asString(), n.get("amount").decimalValue());
        }
        return m;
    }
}
