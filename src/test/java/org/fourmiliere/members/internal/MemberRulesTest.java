package org.fourmiliere.members.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The registry's rules, without a database. */
class MemberRulesTest {

    static EntryData person(String name, String email) {
        return new EntryData(MemberKind.INDIVIDUAL, name, email, null, "fr", null, null, null);
    }

    static EntryData organisation(OrganisationKind kind, Long representative) {
        return new EntryData(MemberKind.ORGANISATION, "Coop", null, null, null, null, kind, representative);
    }

    static List<String> fields(EntryData d) {
        return MemberRules.violations(d).stream().map(MemberRules.Violation::field).toList();
    }

    @Test
    void aPersonNeedsANameAndAValidEmail() {
        assertThat(fields(person("Ada", "ada@example.org"))).isEmpty();
        assertThat(fields(person(" ", null))).containsExactly("name", "email");
        assertThat(fields(person("Ada", "not-an-email"))).containsExactly("email");
        assertThat(fields(person("x".repeat(MemberRules.NAME_MAX + 1), "a@b.c"))).containsExactly("name");
        assertThat(fields(person("Ada", "a@b." + "c".repeat(MemberRules.EMAIL_MAX)))).containsExactly("email");
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        var d = new EntryData(null, "", "bad", "9".repeat(MemberRules.PHONE_MAX + 1), "de",
                "a".repeat(MemberRules.ADDRESS_MAX + 1), null, null);
        assertThat(fields(d)).containsExactly("kind", "name", "email", "language", "phone", "address");
        assertThat(MemberRules.violations(d).get(3).key()).isEqualTo("members.language.invalid");
    }

    @Test
    void anOrganisationNeedsAKindButNoEmail() {
        assertThat(fields(organisation(OrganisationKind.COOP, 7L))).isEmpty();
        assertThat(fields(organisation(null, null))).containsExactly("organisationKind");
    }

    @Test
    void aPersonHasNoOrganisationFields() {
        var d = new EntryData(MemberKind.INDIVIDUAL, "Ada", "ada@example.org", null, "fr", null, OrganisationKind.COOP, 3L);
        assertThat(MemberRules.violations(d)).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo("members.individual.no-organisation-fields"));
    }

    @Test
    void theStoredEntryIsTrimmedAndTheEmailInLowerCase() {
        var d = MemberRules.normalised(new EntryData(MemberKind.INDIVIDUAL, "  Ada  ", " Ada@Example.ORG ", " ", null,
                " 1 rue X ", null, null));
        assertThat(d).isEqualTo(new EntryData(MemberKind.INDIVIDUAL, "Ada", "ada@example.org", null, "fr", "1 rue X",
                null, null));
        assertThat(MemberRules.normalised(new EntryData(MemberKind.INDIVIDUAL, "Ada", "a@b.c", null, "EN", null, null, null)).language()).isEqualTo("en");
        assertThatThrownBy(() -> MemberRules.normalised(person("", null)))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void onlyAPersonRepresentsAnOrganisation() {
        MemberRules.checkRepresentative(null, null);
        MemberRules.checkRepresentative(4L, MemberKind.INDIVIDUAL);
        assertThatThrownBy(() -> MemberRules.checkRepresentative(4L, MemberKind.ORGANISATION))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("representativeId"));
        assertThatThrownBy(() -> MemberRules.checkRepresentative(4L, null)).isInstanceOf(Problems.InvalidInput.class);
    }

    @Test
    void periodsStartAndDoNotEndBeforeTheyStart() {
        LocalDate d = LocalDate.of(2025, 9, 1);
        MemberRules.checkPeriod(d, null);
        MemberRules.checkPeriod(d, d);
        assertThatThrownBy(() -> MemberRules.checkPeriod(null, d))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("since"));
        assertThatThrownBy(() -> MemberRules.checkPeriod(d, d.minusDays(1)))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("until"));
        assertThatThrownBy(() -> MemberRules.checkEnd(d, null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("members.until.required"));
    }

    @Test
    void periodsOverlapWhenTheyShareADayBothEndsIncluded() {
        LocalDate jan = LocalDate.of(2025, 1, 1), jun = LocalDate.of(2025, 6, 30), jul = LocalDate.of(2025, 7, 1);
        assertThat(MemberRules.overlaps(jan, jun, jul, null)).isFalse();
        assertThat(MemberRules.overlaps(jan, jul, jul, null)).isTrue();
        assertThat(MemberRules.overlaps(jan, null, jul, jul)).isTrue();
        assertThat(MemberRules.overlaps(jul, null, jan, jun)).isFalse();
    }

    @Test
    void duesHaveAYearAnAmountADayAndAMethod() {
        FiscalYear year = new FiscalYear(2026, FiscalYear.DEFAULT_START);
        LocalDate day = LocalDate.of(2025, 10, 1);
        MemberRules.checkDues(year, Money.cad("0.00"), day, DuesMethod.CASH);
        assertThatThrownBy(() -> MemberRules.checkDues(year, Money.cad("-1.00"), day, DuesMethod.CASH))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> MemberRules.checkDues(year, Money.cad("20.00"), null, DuesMethod.CASH))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("paidOn"));
        assertThatThrownBy(() -> MemberRules.checkDues(year, Money.cad("20.00"), day, null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("method"));
        assertThatThrownBy(() -> MemberRules.checkDues(new FiscalYear(1800, FiscalYear.DEFAULT_START), Money.cad("1.00"), day,
                DuesMethod.CASH)).isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fiscalYear"));
    }
}
