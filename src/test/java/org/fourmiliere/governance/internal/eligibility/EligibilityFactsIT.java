package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One person's facts, read for that person alone (the home page's outlook), are exactly what the whole
 * collective's reading gives that person, for everyone the run's tests have put in the database.
 */
@IntegrationTest
class EligibilityFactsIT {

    @Autowired EligibilityFacts facts;
    @Autowired People people;
    @Autowired TestClock clock;

    @Test
    void onePersonsFactsAreTheirShareOfEveryonesFacts() {
        long stranger = people.person("Sans fait").id();
        long worker = people.worker("Travailleur des faits").id();
        LocalDate today = clock.today();
        for (LocalDate asOf : List.of(today, today.plusMonths(1).withDayOfMonth(1), today.minusMonths(3))) {
            EligibilityWindow w = EligibilityWindow.of(asOf);
            List<PersonFacts> everyone = facts.gather(w);
            for (PersonFacts f : everyone) {
                assertThat(facts.gatherFor(w, f.personId())).as("person %d as of %s", f.personId(), asOf).isEqualTo(f);
            }
            assertThat(everyone).noneMatch(f -> f.personId() == stranger);
            if (asOf.equals(today)) assertThat(everyone).anyMatch(f -> f.personId() == worker);
            assertThat(facts.gatherFor(w, stranger).standing()).isEqualTo(PersonFacts.Standing.NONE);
        }
    }
}
