package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.fourmiliere.sales.internal.SalesMail;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestMail;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reminders of overdue invoices at the chosen steps, each sent once; recurring invoices issued on their days, once. */
@IntegrationTest
class SalesRemindersIT {

    @LocalServerPort
    int port;

    @Autowired
    SalesMail mail;

    @Autowired
    TestMail smtp;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    long customer(String email, String language) {
        return keeper().post("/api/v1/customers", """
                {"name":"Late %s","kind":"COMPANY","province":"QC","language":"%s","email":"%s","termsDays":30}"""
                .formatted(UUID.randomUUID(), language, email)).json().get("id").asLong();
    }

    @Test
    void remindersGoOutOncePerStepInTheCustomersLanguage() {
        int year = Years.fresh();
        String to = "late-" + UUID.randomUUID() + "@example.org";
        long c = customer(to, "en");
        long id = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-10","lines":[{"description":"Support","quantity":1,"unitPrice":"100.00"}]}"""
                .formatted(c, year)).json().get("id").asLong();
        // due on 02-09: 14 days overdue on 02-23, 15 on 02-24
        mail.remind(LocalDate.of(year, 2, 23));
        assertThat(mail.reminders(id)).isEmpty();
        mail.remind(LocalDate.of(year, 2, 24));
        mail.remind(LocalDate.of(year, 2, 25));
        assertThat(mail.reminders(id)).hasSize(1).first().satisfies(r -> assertThat(r.stepDays()).isEqualTo(15));
        mail.remind(LocalDate.of(year, 3, 26));
        assertThat(mail.reminders(id)).extracting(r -> r.stepDays()).containsExactly(15, 45);
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(to).size() == 2);
        assertThat(smtp.receivedBy(to)).allSatisfy(m -> assertThat(m.getSubject()).startsWith("Reminder: invoice"));
        // a paid invoice is not reminded
        keeper().post("/api/v1/payments", """
                {"customerId":%d,"date":"%d-03-27","method":"CHEQUE","amount":"114.98"}""".formatted(c, year));
        assertThat(keeper().get("/api/v1/invoices/" + id).json().get("balance").asString()).isEqualTo("0.00");
    }

    @Test
    void recurringInvoicesAreIssuedOnTheirDaysOnce() {
        int year = Years.fresh();
        long c = customer("hosting-" + UUID.randomUUID() + "@example.org", "fr");
        long model = keeper().post("/api/v1/invoices", """
                {"customerId":%d,"date":"%d-01-01","lines":[{"description":"Hébergement mensuel","quantity":1,"unitPrice":"20.00","department":"HOSTING"}]}"""
                .formatted(c, year)).json().get("id").asLong();
        var r = keeper().post("/api/v1/invoices/" + model + "/recurrence", """
                {"everyMonths":1,"next":"%d-02-01","until":"%d-04-30"}""".formatted(year, year));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(mail.issueRecurring(LocalDate.of(year, 3, 15))).isEqualTo(2);
        assertThat(mail.issueRecurring(LocalDate.of(year, 3, 15))).isZero();
        assertThat(mail.issueRecurring(LocalDate.of(year, 6, 1))).isEqualTo(1);
        assertThat(mail.issueRecurring(LocalDate.of(year, 9, 1))).isZero();
        var statement = keeper().get("/api/v1/customers/" + c + "/statement?from=" + year + "-01-01&to=" + year + "-12-31").json();
        assertThat(statement.get("lines").size()).isEqualTo(4);
        assertThat(statement.get("closing").asString()).isEqualTo("92.00");
    }
}
