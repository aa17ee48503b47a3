package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.fourmiliere.accounting.internal.LedgerText;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The 10k-posting benchmark journal (kept gzipped under test resources with the generator's expected.txt):
 * imported through the API, Fourmilière's balances and revenue per fiscal year equal the generator's totals
 * (and hledger's, when hledger is installed) to the cent, and the exported books mean the same journal.
 * The dataset's years (2004–2013) are moved to years of its own ({@link Years}), keeping leap years, so that what
 * other tests post (some on dates of those same years, as sales' tax examples of 2007) never mixes with it; balances
 * are compared as the movement over the dataset's days.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerCrossCheckIT {

    /** Years added to the dataset's: a multiple of 4 (leap years stay leap), past any year other tests are given. */
    private static final int SHIFT = shift();
    private static final LocalDate FIRST_DAY = LocalDate.of(2004 + SHIFT, 9, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2013 + SHIFT, 8, 31);

    private static int shift() {
        int first = Years.fresh(16);
        int base = first;
        while ((base - 2004) % 4 != 0 || base % 100 == 0) base++;
        return base - 2004;
    }

    /** The dataset's text with every date (and the months in descriptions) moved by {@link #SHIFT} years. */
    static String shifted(String text) {
        Matcher m = Pattern.compile("(?<![0-9])(20[01][0-9])-(?=[0-9]{2})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, (Integer.parseInt(m.group(1)) + SHIFT) + "-");
        m.appendTail(out);
        return out.toString();
    }

    @LocalServerPort
    int port;

    String journal;
    Map<String, BigDecimal> expectedBalances = new TreeMap<>();
    Map<String, BigDecimal> expectedRevenue = new TreeMap<>();
    long expectedTransactions;
    long expectedPostings;
    JsonNode imported;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    @BeforeAll
    void importTheDataset() throws Exception {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/accounting/ds10k-journal.ledger.gz"))) {
            journal = shifted(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = getClass().getResourceAsStream("/accounting/ds10k-expected.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] p = line.split(" ");
                switch (p[0]) {
                    case "transactions" -> expectedTransactions = Long.parseLong(p[1]);
                    case "postings" -> expectedPostings = Long.parseLong(p[1]);
                    case "balance" -> expectedBalances.put(String.join(" ", java.util.Arrays.copyOfRange(p, 1, p.length - 1)),
                            new BigDecimal(p[p.length - 1]));
                    case "revenue" -> expectedRevenue.put(p[1] + " " + String.join(" ", java.util.Arrays.copyOfRange(p, 2, p.length - 1)),
                            new BigDecimal(p[p.length - 1]));
                    default -> { }
                }
            }
        }
        var r = keeper().postText("/api/v1/journal/import", journal);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        imported = r.json();
    }

    @Test
    void countsAreTheDatasets() {
        assertThat(imported.get("entries").asLong()).isEqualTo(expectedTransactions);
        assertThat(imported.get("postings").asLong()).isEqualTo(expectedPostings);
        assertThat(imported.get("accountsCreated").asLong()).isZero(); // the default chart has every account of the dataset
    }

    @Test
    void perAccountBalancesEqualExpectedToTheCent() {
        Map<String, BigDecimal> ours = balances();
        expectedBalances.forEach((account, amount) ->
                assertThat(ours.getOrDefault(account, BigDecimal.ZERO)).as(account).isEqualByComparingTo(amount));
    }

    @Test
    void revenuePerFiscalYearEqualsExpectedToTheCent() {
        for (int start = 2004; start < 2013; start++) {
            int moved = start + SHIFT;
            JsonNode is = keeper().get("/api/v1/reports/income-statement?from=" + moved + "-09-01&to=" + (moved + 1) + "-08-31").json();
            Map<String, BigDecimal> byCode = new HashMap<>();
            for (JsonNode l : is.get("revenue").get("lines")) byCode.put(l.get("code").asString(), l.get("amount").decimalValue());
            String year = start + "-" + (start + 1);
            for (var e : expectedRevenue.entrySet()) {
                if (!e.getKey().startsWith(year + " ")) continue;
                String account = e.getKey().substring(year.length() + 1);
                String code = code(account);
                assertThat(byCode.getOrDefault(code, BigDecimal.ZERO)).as(e.getKey()).isEqualByComparingTo(e.getValue());
            }
        }
    }

    @Test
    void balancesEqualHledgersWhenInstalled() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/hledger"))) return;
        Path file = Files.createTempFile("ds10k", ".journal");
        try {
            Files.writeString(file, journal);
            ProcessBuilder pb = new ProcessBuilder("hledger", "-f", file.toString(), "balance", "--flat", "--no-total",
                    "-e", LAST_DAY.plusDays(1).toString()).redirectErrorStream(true);
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("LC_ALL", "C.UTF-8");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            Map<String, BigDecimal> hledger = new TreeMap<>();
            Matcher m = Pattern.compile("^\\s*(-?[0-9.,]+) CAD\\s+(.+)$", Pattern.MULTILINE).matcher(out);
            while (m.find()) hledger.put(m.group(2).strip(), new BigDecimal(m.group(1).replace(",", "")));
            assertThat(hledger).as(out).isNotEmpty();
            Map<String, BigDecimal> ours = balances();
            hledger.forEach((account, amount) -> assertThat(ours.getOrDefault(account, BigDecimal.ZERO)).as(account).isEqualByComparingTo(amount));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theExportedBooksMeanTheImportedJournal() throws Exception {
        var export = keeper().get("/api/v1/journal/export");
        assertThat(export.status()).isEqualTo(200);
        List<String> original = meaning(journal, null);
        List<String> exported = meaning(export.body(), LAST_DAY).stream()
                .filter(t -> !LocalDate.parse(t.substring(0, t.indexOf('|'))).isBefore(FIRST_DAY)).toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(original);
    }

    /** Each account's movement over the dataset's days: the balance on its last day less the one the day before its first. */
    private Map<String, BigDecimal> balances() {
        Map<String, BigDecimal> ours = new HashMap<>();
        for (JsonNode n : keeper().get("/api/v1/reports/balances?at=" + LAST_DAY + "&depth=9").json()) {
            ours.merge(n.get("account").asString(), n.get("amount").decimalValue(), BigDecimal::add);
        }
        for (JsonNode n : keeper().get("/api/v1/reports/balances?at=" + FIRST_DAY.minusDays(1) + "&depth=9").json()) {
            ours.merge(n.get("account").asString(), n.get("amount").decimalValue().negate(), BigDecimal::add);
        }
        return ours;
    }

    private String code(String ledgerName) {
        for (JsonNode a : keeper().get("/api/v1/ledger-accounts").json()) {
            if (a.get("ledgerName").asString().equals(ledgerName)) return a.get("code").asString();
        }
        throw new AssertionError("no account " + ledgerName);
    }

    /** Each transaction as a comparable string (date, description, postings in order); up to a day if given. */
    static List<String> meaning(String text, LocalDate until) {
        List<String> out = new ArrayList<>();
        List<LedgerText.Problem> problems = LedgerText.read(new BufferedReader(new StringReader(text)), t -> {
            if (until != null && t.date().isAfter(until)) return;
            StringBuilder b = new StringBuilder().append(t.date()).append('|').append(t.description());
            for (LedgerText.Posting p : t.postings()) b.append('|').append(p.account()).append('=').append(p.amount().toPlainString());
            out.add(b.toString());
        }, null);
        assertThat(problems).isEmpty();
        return out;
    }
}
