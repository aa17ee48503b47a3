package org.fourmiliere.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.MemberCommands.AddDues;
import org.fourmiliere.members.internal.MemberCommands.Engage;
import org.fourmiliere.members.internal.MemberCommands.Register;
import org.fourmiliere.members.internal.MemberCommands.RegisterOrganisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The commands validated as the web edge does: bean validation, then the entry rules; every mistake on its field. */
class MemberCommandsTest {

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final SpringValidatorAdapter BEANS = new SpringValidatorAdapter(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static List<String> fields(Object command) {
        var errors = new BeanPropertyBindingResult(command, "command");
        BEANS.validate(command, errors);
        var rules = new EntryValidator();
        if (rules.supports(command.getClass())) rules.validate(command, errors);
        return errors.getFieldErrors().stream().map(FieldError::getField).toList();
    }

    static Register person(String kind, String name, String email, String language, String memberSince) {
        return new Register(kind, name, email, language, null, null, null, null, memberSince, null);
    }

    @Test
    void everyMistakeOfARegistrationIsOnItsFieldOnce() {
        assertThat(fields(person("INDIVIDUAL", "Ada", "ada@example.org", "fr", "2025-09-01"))).isEmpty();
        assertThat(fields(person("ALIEN", "", "not-an-email", "de", null)))
                .containsExactlyInAnyOrder("kind", "name", "email", "language");
        assertThat(fields(person("INDIVIDUAL", null, null, "fr", null))).containsExactlyInAnyOrder("name", "email");
        assertThat(fields(person("INDIVIDUAL", "Ada", "ada@example.org", null, "yesterday"))).containsExactly("memberSince");
        assertThat(fields(new Register("ORGANISATION", "X", null, null, null, null, null, null, null, null)))
                .containsExactly("organisationKind");
    }

    @Test
    void theOrganisationsKindIsNamedKindInItsOwnCommand() {
        assertThat(fields(new RegisterOrganisation("X", "CLUB", null, null, null, "xx", null, null)))
                .containsExactlyInAnyOrder("kind", "language");
        assertThat(fields(new RegisterOrganisation("X", null, null, null, null, null, null, null))).containsExactly("kind");
        var coop = new RegisterOrganisation(" Coop ", "COOP", 3L, null, null, null, null, "2025-01-01");
        assertThat(coop.details().organisationKind()).isEqualTo(OrganisationKind.COOP);
        assertThat(coop.details().kind()).isEqualTo(MemberKind.ORGANISATION);
    }

    @Test
    void datedCommandsNameTheirFields() {
        assertThat(fields(new Engage("BOSS", "soon", null))).containsExactlyInAnyOrder("engagement", "since");
        assertThat(fields(new AddDues(2026, new BigDecimal("1.234"), "2025-10-01", "BITCOIN")))
                .containsExactlyInAnyOrder("amount", "method");
        assertThat(fields(new AddDues(2026, new BigDecimal("20.00"), "2025-10-01", "CASH"))).isEmpty();
    }
}
