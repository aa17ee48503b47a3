package org.fourmiliere.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.roles.internal.RoleService;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The events of the roles and what follows from them, told as Spring Modulith scenarios: the stimulus runs in a
 * transaction of its own, the scenario waits for the event, then checks what the rest of the application sees.
 * {@code @EnableScenarios} only adds a JUnit parameter resolver: the tests share the one application context of
 * {@code @IntegrationTest}.
 */
@IntegrationTest
@EnableScenarios
class RoleHolderEventsIT {

    /** Needs READ_BOOKS, which the ACCOUNTING status gives. */
    static final String BOOKS = "/api/v1/ledger-accounts";

    @LocalServerPort int port;
    @Autowired RoleService roles;
    @Autowired People people;
    @Autowired Clock clock;

    @Test
    void addingAHolderPublishesRoleHolderAddedAndTheirStatusesChangeAtOnce(Scenario scenario) {
        Person p = people.withAccount("Bookkeeper");
        Api self = new Api(port).basic(p.email(), p.password());
        assertThat(self.get(BOOKS).status()).as("signed in, statuses kept in memory").isEqualTo(403);

        scenario.stimulate(() -> roles.addHolder("accounting", new AddHolder(p.id(), null, null)))
                .andWaitForEventOfType(RoleHolderAdded.class)
                .matching(e -> e.personId() == p.id())
                .toArriveAndVerify((event, holderId) -> {
                    assertThat(event).isEqualTo(new RoleHolderAdded("accounting", holderId, p.id(), LocalDate.now(clock)));
                    assertThat(self.get(BOOKS).status()).as("the status cache forgot after commit").isEqualTo(200);
                });
    }

    @Test
    void endingAHoldingPublishesRoleHolderEndedAndTakesTheStatusAway(Scenario scenario) {
        Person p = people.withAccount("Bookkeeper");
        long holderId = roles.addHolder("accounting", new AddHolder(p.id(), LocalDate.now(clock).minusMonths(1), null));
        Api self = new Api(port).basic(p.email(), p.password());
        assertThat(self.get(BOOKS).status()).isEqualTo(200);

        scenario.stimulate(() -> roles.endHolder("accounting", holderId, new EndHolder(null)))
                .andWaitForEventOfType(RoleHolderEnded.class)
                .matchingMappedValue(RoleHolderEnded::holderId, holderId)
                .toArriveAndVerify(event -> {
                    assertThat(event.on()).isEqualTo(LocalDate.now(clock));
                    assertThat(self.get(BOOKS).status()).isEqualTo(403);
                });
    }
}
