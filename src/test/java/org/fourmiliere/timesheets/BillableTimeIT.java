package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Years;
import org.fourmiliere.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BillableTime}: the billable unbilled hours of a contract activity per worker and day, marked billed once in
 * the caller's transaction, and the time tracker refusing to change or delete a billed entry.
 */
@IntegrationTest
class BillableTimeIT {

    @LocalServerPort
    int port;

    @Autowired
    BillableTime billing;

    @Autowired
    People people;

    @Autowired
    TransactionTemplate tx;

    @Test
    void billableHoursAreBilledOnceAndThenCannotBeChanged() {
        int y = Years.fresh();
        String code = People.unique("BILL");
        long activity = billing.openContractActivity(code, "Billing test", 600L);
        Person w = people.workerWithAccount("Biller");
        Api api = new Api(port).basic(w.email(), w.password()).language("en");
        long e1 = api.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-10\",\"minutes\":90}".formatted(code, y))
                .json().get("id").asLong();
        api.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-10\",\"minutes\":30}".formatted(code, y));
        api.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-11\",\"minutes\":60,\"billable\":false}".formatted(code, y));
        long later = api.post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-02-01\",\"minutes\":45}".formatted(code, y))
                .json().get("id").asLong();
        LocalDate from = LocalDate.of(y, 1, 1), to = LocalDate.of(y, 1, 31);

        assertThat(billing.unbilled(activity, from, to)).containsExactly(
                new BillableTime.Unbilled(w.id(), LocalDate.of(y, 1, 10), 120, 2));
        assertThat(billing.minutesOn(activity)).isEqualTo(225);
        assertThat(billing.activityOfEntry(e1)).hasValue(activity);
        assertThatThrownBy(() -> billing.markBilled(activity, from, to, "F-TEST")).isInstanceOf(RuntimeException.class);

        BillableTime.Billed billed = tx.execute(s -> billing.markBilled(activity, from, to, "F-TEST"));
        assertThat(billed).isEqualTo(new BillableTime.Billed(2, 120));
        assertThat(billing.unbilled(activity, from, to)).isEmpty();
        BillableTime.Billed again = tx.execute(s -> billing.markBilled(activity, from, to, "F-AGAIN"));
        assertThat(again).isEqualTo(new BillableTime.Billed(0, 0));

        var refused = api.patch("/api/v1/time-entries/" + e1, "{\"minutes\":10}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("F-TEST").contains("adjustment");
        assertThat(api.delete("/api/v1/time-entries/" + e1).status()).isEqualTo(409);
        // entries not billed still change as before
        assertThat(api.patch("/api/v1/time-entries/" + later, "{\"minutes\":50}").status()).isEqualTo(200);
        assertThat(billing.wageCost(java.util.Map.of(LocalDate.of(y, 1, 10), 60L)).isPositive()).isTrue();
    }
}
