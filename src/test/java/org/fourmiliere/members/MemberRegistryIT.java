package org.fourmiliere.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.members.MemberRegistration.EngageWorker;
import org.fourmiliere.members.MemberRegistration.RecordDues;
import org.fourmiliere.members.MemberRegistration.RecordMembership;
import org.fourmiliere.members.MemberRegistration.RegisterOrganisation;
import org.fourmiliere.members.MemberRegistration.RegisterPerson;
import org.fourmiliere.members.internal.EntryData;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry on the real database: the public API, statuses, all-or-nothing writes and the audit history. */
@IntegrationTest
class MemberRegistryIT {

    @Autowired MemberRegistration registration;
    @Autowired MemberDirectory directory;
    @Autowired MemberService registry;
    @Autowired List<StatusContributor> contributors;
    @Autowired JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static FiscalYear fy(int endYear) {
        return new FiscalYear(endYear, FiscalYear.DEFAULT_START);
    }

    private Set<Status> statuses(long personId, LocalDate day) {
        Set<Status> all = new java.util.HashSet<>();
        contributors.forEach(c -> all.addAll(c.statusesOf(personId, day)));
        return all;
    }

    @Test
    void aPersonWithMembershipAndDuesIsAMemberInGoodStandingOnlyInThatFiscalYear() {
        long p = registration.registerPerson(RegisterPerson.of("Ada " + unique("x"), unique("ada") + "@example.org", "fr"));
        registration.recordMembership(RecordMembership.individual(p, LocalDate.of(2025, 1, 10), null));
        registration.recordDues(new RecordDues(p, fy(2026), Money.cad("25.00"), LocalDate.of(2025, 9, 3), DuesMethod.CASH));

        assertThat(directory.inGoodStanding(p, LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(directory.inGoodStanding(p, LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(directory.inGoodStanding(p, LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(directory.inGoodStanding(p, LocalDate.of(2025, 9, 2))).as("paid the next day").isFalse();
        assertThat(statuses(p, LocalDate.of(2026, 3, 1))).contains(Status.MEMBER).doesNotContain(Status.WORKER);
        assertThat(statuses(p, LocalDate.of(2026, 9, 1))).doesNotContain(Status.MEMBER);
    }

    @Test
    void theRepresentativeHoldsTheRightsOfAnOrganisationInGoodStanding() {
        long rep = registration.registerPerson(RegisterPerson.of("Rep " + unique("x"), unique("rep") + "@example.org", "en"));
        long org = registration.registerOrganisation(RegisterOrganisation.of("Coop " + unique("x"), OrganisationKind.COOP, rep));
        registration.recordMembership(RecordMembership.organisational(org, LocalDate.of(2024, 9, 1), null));
        registration.recordDues(new RecordDues(org, fy(2025), Money.cad("100.00"), LocalDate.of(2024, 9, 15), DuesMethod.CHEQUE));

        LocalDate day = LocalDate.of(2025, 2, 1);
        assertThat(directory.inGoodStanding(rep, day)).isTrue();
        assertThat(statuses(rep, day)).contains(Status.MEMBER);
        assertThat(directory.organisation(org)).hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo("COOP"));
        assertThat(directory.person(org)).isEmpty();
        assertThat(directory.inGoodStanding(rep, LocalDate.of(2025, 9, 1))).isFalse();
    }

    @Test
    void aWorkerEngagementGivesTheWorkerStatusWhileActive() {
        long p = registration.registerPerson(RegisterPerson.of("Wor " + unique("x"), unique("wor") + "@example.org", "fr"));
        long e = registration.engageWorker(new EngageWorker(p, Engagement.VOLUNTEER, LocalDate.of(2025, 3, 1), null));
        assertThat(directory.isWorker(p, LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(directory.isWorker(p, LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(directory.workers(LocalDate.of(2025, 4, 1))).extracting(PersonRef::id).contains(p);
        assertThat(statuses(p, LocalDate.of(2025, 4, 1))).contains(Status.WORKER);

        registration.endEngagement(e, LocalDate.of(2025, 6, 30));
        assertThat(directory.isWorker(p, LocalDate.of(2025, 7, 1))).isFalse();
        registration.engageWorker(new EngageWorker(p, Engagement.FREELANCE, LocalDate.of(2025, 7, 1), null));
        assertThatThrownBy(() -> registration.engageWorker(new EngageWorker(p, Engagement.SALARIED, LocalDate.of(2025, 8, 1), null)))
                .isInstanceOf(Problems.Conflict.class);
    }

    @Test
    void aDuplicateEmailIsAConflictAndNothingIsWritten() {
        String email = unique("dup") + "@example.org";
        registration.registerPerson(RegisterPerson.of("First", email, "fr"));
        long before = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        assertThatThrownBy(() -> registration.registerPerson(RegisterPerson.of("Second", email.toUpperCase(), "fr")))
                .isInstanceOf(Problems.Conflict.class);
        assertThatThrownBy(() -> registry.createMember(new EntryData(MemberKind.INDIVIDUAL, "Third", email, null, "fr",
                null, null, null), LocalDate.of(2025, 1, 1))).isInstanceOf(Problems.Conflict.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single()).isEqualTo(before);
        assertThat(directory.personByEmail(email.toUpperCase())).isPresent();
    }

    @Test
    void anAuditedChangeAppearsInTheHistory() {
        long p = registration.registerPerson(RegisterPerson.of("Hist " + unique("x"), unique("hist") + "@example.org", "fr"));
        var current = registry.require(p);
        registry.update(p, new EntryData(null, current.name(), current.email(), "514-555-0101", "en", "1 rue X",
                null, null), current.version());
        List<AuditTrail.Event> history = registry.history(p);
        assertThat(history).extracting(AuditTrail.Event::action).containsExactly("updated", "created");
        assertThat(history.getFirst().changes()).contains(new AuditTrail.Change("language", "fr", "en"),
                new AuditTrail.Change("phone", null, "514-555-0101"));
        assertThatThrownBy(() -> registry.update(p, current.data(), current.version()))
                .isInstanceOf(Problems.Conflict.class);
    }
}
