package org.fourmiliere.accounting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a browser, in French and in English: post an entry, find it in the general ledger, read the balance
 * sheet and the income statement by department with percentages, see the chart of the years.
 */
class BooksBrowserIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"fr,Bilan,Total passif et capital,Département", "en,Balance sheet,Total liabilities and equity,Department"})
    void postAnEntryThenReadTheStatements(String lang, String balanceSheetTitle, String totalLabel, String departmentLabel) {
        int year = Years.fresh();
        signInAsAdmin();
        page.navigate(url("/books/entries/new?lang=" + lang));
        page.fill("#entry-date", year + "-03-15");
        page.fill("#entry-description", "Facture navigateur " + lang);
        page.fill("#entry-reference", "B-" + lang);
        page.selectOption("#line-account-0", "1200");
        page.fill("#line-debit-0", "1150.00");
        page.selectOption("#line-account-1", "4001");
        page.fill("#line-credit-1", "1000.00");
        page.selectOption("#line-account-2", "2310");
        page.fill("#line-credit-2", "50.00");
        page.selectOption("#line-account-3", "2320");
        page.fill("#line-credit-3", "99.99");
        page.click("#entry-submit");
        // unbalanced: refused with the difference, the form kept
        assertThat(page.locator("#entry-error")).containsText("0.01");
        screenshot("books-entry-unbalanced-" + lang);
        page.fill("#line-credit-3", "100.00");
        page.click("#entry-submit");
        assertThat(page.locator("#entry-description")).hasText("Facture navigateur " + lang);
        screenshot("books-entry-" + lang);

        // the general ledger of the receivables shows it
        page.navigate(url("/books/ledger?account=1200&from=" + year + "-01-01&to=" + year + "-12-31"));
        assertThat(page.locator("#ledger")).containsText("Facture navigateur " + lang);
        screenshot("books-ledger-" + lang);

        page.navigate(url("/books/balance-sheet?at=" + year + "-12-31"));
        assertThat(page.locator("h1")).hasText(balanceSheetTitle);
        assertThat(page.locator("#balance-sheet")).containsText(totalLabel);
        screenshot("books-balance-sheet-" + lang);

        page.navigate(url("/books/income-statement?from=" + year + "-01-01&to=" + year + "-12-31&by=department"));
        assertThat(page.locator("#income-by-department thead")).containsText(departmentLabel);
        assertThat(page.locator("#income-by-department tbody tr").first()).containsText("100");
        assertThat(page.locator("#income-by-department tbody tr").first()).containsText("%");
        screenshot("books-income-by-department-" + lang);

        page.navigate(url("/books"));
        assertThat(page.locator("#years-chart rect.profit-bar").first()).isVisible();
        screenshot("books-years-chart-" + lang);
    }

    @ParameterizedTest
    @CsvSource({"fr,1 à 20,déjà pris", "en,1 to 20,already taken"})
    void openAnAccountFromTheChart(String lang, String invalidCode, String taken) {
        String code = "1" + (System.nanoTime() % 100_000_000L);
        signInAsAdmin();
        page.navigate(url("/books/accounts?lang=" + lang));
        page.fill("#account-code", "pas bon");
        page.fill("#account-name-fr", "Caisse " + code);
        page.fill("#account-name-en", "Petty cash " + code);
        page.selectOption("#account-parent", "1010");
        page.click("#account-submit");
        // refused, the form kept
        assertThat(page.locator("#account-error")).containsText(invalidCode);
        assertThat(page.locator("#account-name-fr")).hasValue("Caisse " + code);
        page.fill("#account-code", code);
        page.click("#account-submit");
        assertThat(page.locator("#chart")).containsText(code);
        page.fill("#account-code", code);
        page.fill("#account-name-fr", "Autre " + code);
        page.fill("#account-name-en", "Other " + code);
        page.click("#account-submit");
        assertThat(page.locator("#account-error")).containsText(taken);
    }
}
