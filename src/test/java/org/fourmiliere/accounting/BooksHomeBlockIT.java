package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The books' block of the home page: the bank today and the year's result so far beside last year's, for the keeper. */
@IntegrationTest
class BooksHomeBlockIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    People people;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
    }

    @Test
    void theKeeperSeesTheBankAndTheResultSoFarBesideTheSameDaysLastYear() {
        int last = Years.fresh(3);
        int year = last + 1;
        // Fiscal year (year)-(year+1) starts on September 1 of `year`; last year's is all of `last`-`year`.
        post(keeper(), last + "-10-01", "Facture A", "1010", "4001", "1000.00");
        post(keeper(), year + "-02-01", "Facture B (after the same day last year)", "1010", "4001", "99.00");
        post(keeper(), year + "-10-01", "Facture C", "1010", "4001", "2500.00");
        post(keeper(), year + "-11-01", "Loyer", "5420", "1010", "400.00");
        post(keeper(), year + "-12-01", "Facture D (after today)", "1010", "4001", "7.00");
        clock.set(LocalDate.of(year, 11, 15));

        var session = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        var fr = session.get("/books/home?lang=fr");
        assertThat(fr.status()).isEqualTo(200);
        assertThat(fr.text()).contains("En banque aujourd").contains("Compte chèque")
                .contains("Résultat de l'exercice %d-%02d à ce jour : 2 100,00 $ (revenus 2 500,00 $, dépenses 400,00 $)"
                        .formatted(year, (year + 1) % 100))
                .contains("Aux mêmes jours l'an dernier : 1 000,00 $");
        var en = session.get("/books/home?lang=en");
        assertThat(en.text()).contains("Result of fiscal year %d-%02d so far: $2,100.00 (revenue $2,500.00, expenses $400.00)"
                .formatted(year, (year + 1) % 100));
    }

    @Test
    void aWorkerWhoDoesNotKeepTheBooksNeitherSeesTheBlockNorReachesIt() {
        var worker = people.workerWithAccount("Home Block Reader");
        var session = PageSession.signIn(port, worker.email(), worker.password());
        assertThat(session.get("/books/home").status()).isEqualTo(403);
        assertThat(session.get("/").body()).doesNotContain("home-books").contains("home-week");
        assertThat(PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).get("/").body())
                .contains("id=\"home-books\"");
    }

    private static void post(Api api, String date, String description, String debit, String credit, String amount) {
        var r = api.post("/api/v1/journal-entries", """
                {"date":"%s","description":"%s","lines":[
                  {"account":"%s","side":"DEBIT","amount":"%s"},
                  {"account":"%s","side":"CREDIT","amount":"%s"}]}""".formatted(date, description, debit, amount, credit, amount));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
