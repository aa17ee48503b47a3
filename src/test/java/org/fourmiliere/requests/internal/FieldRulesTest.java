package org.fourmiliere.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/**
 * The rules of tickets' due dates and tags and of queues' custom fields, without Spring: tags trimmed, in lower case,
 * each once, limited; a field's definition checked; each kind's values checked and kept in one form, a refusal
 * naming the field by its code with its labels for the message.
 */
class FieldRulesTest {

    static final Instant AT = Instant.parse("2030-06-12T14:00:00Z");

    static QueueField field(String kind, String... choices) {
        return QueueField.define(1, "f", "Champ", "Field", kind, Arrays.asList(choices), false, 1);
    }

    static void refused(Runnable r, String field, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void tagsAreTrimmedInLowerCaseEachOnceInTheirOrder() {
        assertThat(Ticket.normalTags(List.of(" VIP ", "Drupal", "vip", "", "  ", "élève"))).containsExactly("vip", "drupal", "élève");
        Ticket t = Ticket.open("x", 1, "fr", AT).withTags(List.of("B", "a", "b"), AT);
        assertThat(t.tags()).isEqualTo("b a");
        assertThat(t.tagList()).containsExactly("b", "a");
        assertThat(Ticket.open("x", 1, "fr", AT).tagList()).isEmpty();
        assertThat(t.withTags(List.of(), AT).tags()).isEmpty();
    }

    @Test
    void tagsThatAreTooManyTooLongOrWithSpacesAreRefusedNamingTags() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add("t" + i);
        refused(() -> Ticket.normalTags(many), "tags", "requests.tags.tooMany");
        refused(() -> Ticket.normalTags(List.of("x".repeat(41))), "tags", "requests.tags.tooLong");
        refused(() -> Ticket.normalTags(List.of("deux mots")), "tags", "requests.tags.chars");
        refused(() -> Ticket.normalTags(List.of("a,b")), "tags", "requests.tags.chars");
        refused(() -> Ticket.normalTags(List.of("100%")), "tags", "requests.tags.chars");
        refused(() -> Ticket.normalTags(null), "tags", "requests.tags.required");
        // twenty-one given, twenty once duplicates are dropped
        many.set(20, "t0");
        assertThat(Ticket.normalTags(many)).hasSize(20);
        refused(() -> Ticket.normalTag("a b"), "tag", "requests.tag.invalid");
        assertThat(Ticket.normalTag(" VIP ")).isEqualTo("vip");
        assertThat(Ticket.normalTag("")).isNull();
    }

    @Test
    void aDueDateIsPastWhenItsDayIsBeforeTodayAndTheTicketIsStillToBeDone() {
        Ticket t = Ticket.open("x", 1, "fr", AT).withDueOn(LocalDate.of(2030, 6, 11), AT);
        assertThat(t.pastDue(LocalDate.of(2030, 6, 12))).isTrue();
        assertThat(t.pastDue(LocalDate.of(2030, 6, 11))).as("due today is not past").isFalse();
        assertThat(t.withDueOn(null, AT).pastDue(LocalDate.of(2030, 6, 12))).isFalse();
        assertThat(t.withStatus(TicketStatus.RESOLVED, SlaRulesTest.CLOCK, AT).pastDue(LocalDate.of(2030, 6, 12))).isFalse();
        refused(() -> t.withDueOn(LocalDate.of(1899, 12, 31), AT), "dueOn", "requests.dueOn.invalid");
        refused(() -> t.withDueOn(LocalDate.of(-2007, 1, 1), AT), "dueOn", "requests.dueOn.invalid");
    }

    @Test
    void aFieldsDefinitionIsChecked() {
        QueueField f = QueueField.define(3, " site ", " Site concerné ", "Site concerned", "text", null, true, 2);
        assertThat(f.code()).isEqualTo("site");
        assertThat(f.labelFr()).isEqualTo("Site concerné");
        assertThat(f.kind()).isEqualTo(QueueField.Kind.TEXT);
        assertThat(f.label("en")).isEqualTo("Site concerned");
        assertThat(field("CHOICE", " a ", "b").choices()).containsExactly("a", "b");
        refused(() -> QueueField.define(1, "Site", "a", "b", "TEXT", null, false, 1), "code", "requests.field.code");
        refused(() -> QueueField.define(1, "1site", "a", "b", "TEXT", null, false, 1), "code", "requests.field.code");
        refused(() -> QueueField.define(1, "s".repeat(41), "a", "b", "TEXT", null, false, 1), "code", "requests.field.code");
        refused(() -> QueueField.define(1, "site", " ", "b", "TEXT", null, false, 1), "labelFr", "requests.field.label");
        refused(() -> field("COLOUR"), "kind", "requests.field.kind");
        refused(() -> field("CHOICE"), "choices", "requests.field.choices");
        refused(() -> field("CHOICE", "a", "a"), "choices", "requests.field.choices");
        refused(() -> field("CHOICE", "a", " "), "choices", "requests.field.choices");
        refused(() -> field("CHOICE", "a\nb"), "choices", "requests.field.choices");
        refused(() -> field("TEXT", "a"), "choices", "requests.field.choices");
        String[] many = new String[31];
        for (int i = 0; i < many.length; i++) many[i] = "c" + i;
        refused(() -> field("CHOICE", many), "choices", "requests.field.choices");
    }

    @Test
    void eachKindKeepsItsValuesInOneFormAndRefusesOthersNamingTheField() {
        assertThat(field("TEXT").normalise("  exemple.org ")).isEqualTo("exemple.org");
        assertThat(field("TEXT").normalise("   ")).isNull();
        assertThat(field("TEXT").normalise(null)).isNull();
        refused(() -> field("TEXT").normalise("x".repeat(1001)), "f", "requests.field.text");

        QueueField number = field("NUMBER");
        assertThat(number.normalise("12,50")).isEqualTo("12.5");
        assertThat(number.normalise("1 200")).isEqualTo("1200");
        assertThat(number.normalise("-3.000")).isEqualTo("-3");
        assertThat(number.normalise("100")).isEqualTo("100");
        assertThat(number.normalise("0.0")).isEqualTo("0");
        for (String bad : List.of("douze", "1e3", "1,2,3", "1.2.3", "NaN", "1234567890123456", "0.1234567")) {
            refused(() -> number.normalise(bad), "f", "requests.field.number");
        }

        QueueField date = field("DATE");
        assertThat(date.normalise(" 2030-07-01 ")).isEqualTo("2030-07-01");
        for (String bad : List.of("2030-02-30", "2030-13-01", "01/07/2030", "1899-12-31", "+12030-01-01", "2030-7-1")) {
            refused(() -> date.normalise(bad), "f", "requests.field.date");
        }

        QueueField choice = field("CHOICE", "mutualisé", "VPS");
        assertThat(choice.normalise("vps")).isEqualTo("VPS");
        assertThat(choice.normalise("mutualisé")).isEqualTo("mutualisé");
        refused(() -> choice.normalise("dédié"), "f", "requests.field.choice");
        assertThatThrownBy(() -> choice.normalise("dédié")).isInstanceOfSatisfying(Problems.InvalidInput.class,
                e -> assertThat(e.args()).containsExactly("f", "Champ", "Field", "mutualisé, VPS"));
    }

    @Property
    void everyNumberWithAtMostFifteenDigitsAndSixDecimalsIsKeptAsTheSameNumber(
            @ForAll @IntRange(min = -999_999_999, max = 999_999_999) int units, @ForAll @IntRange(min = 0, max = 999_999) int millionths) {
        String given = units + "," + String.format("%06d", millionths);
        String kept = field("NUMBER").normalise(given);
        assertThat(new java.math.BigDecimal(kept)).isEqualByComparingTo(new java.math.BigDecimal(given.replace(',', '.')));
        assertThat(field("NUMBER").normalise(kept)).isEqualTo(kept);
    }
}
