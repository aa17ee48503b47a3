package org.fourmiliere.governance.internal.quick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.fourmiliere.governance.internal.quick.QuickDecision.Status;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.junit.jupiter.api.Test;

/** The rules of a quick decision (§6), without Spring or a database. */
class QuickDecisionRulesTest {

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(TimeConfig.ZONE).toInstant();
    }

    private static QuickDecision open(Instant proposed) {
        var t = QuickDecision.times(BusinessCalendar.quebec(), proposed);
        return new QuickDecision(1, 1, "Acheter un disque", "texte", null, 7, proposed, t.reminderAt(), t.deadline(),
                Status.OPEN, Via.WEB, null, null, null, null, null, null, null);
    }

    @Test
    void friday15hTakesEffectTuesday15hAndIsRemindedTuesday7h() {
        var t = QuickDecision.times(BusinessCalendar.quebec(), at(2030, 3, 8, 15, 0));
        assertThat(t.deadline()).isEqualTo(at(2030, 3, 12, 15, 0));
        assertThat(ZonedDateTime.ofInstant(t.deadline(), TimeConfig.ZONE).getOffset().getId()).isEqualTo("-04:00");
        assertThat(t.reminderAt()).as("8 business hours before").isEqualTo(at(2030, 3, 12, 7, 0));
    }

    @Test
    void aReminderBeforeAWeekendIsCountedInBusinessHours() {
        // Wednesday 10:00 → Friday 10:00; 8 business hours before is Friday 02:00
        var t = QuickDecision.times(BusinessCalendar.quebec(), at(2030, 6, 12, 10, 0));
        assertThat(t.deadline()).isEqualTo(at(2030, 6, 14, 10, 0));
        assertThat(t.reminderAt()).isEqualTo(at(2030, 6, 14, 2, 0));
        // Thursday 20:00 → Monday 20:00; the reminder is Monday 12:00, not Friday
        var u = QuickDecision.times(BusinessCalendar.quebec(), at(2030, 6, 13, 20, 0));
        assertThat(u.deadline()).isEqualTo(at(2030, 6, 17, 20, 0));
        assertThat(u.reminderAt()).isEqualTo(at(2030, 6, 17, 12, 0));
    }

    @Test
    void onlyAWorkCommitteeMemberProposesOrAnswers() {
        QuickDecision.checkProposer(true);
        assertThatThrownBy(() -> QuickDecision.checkProposer(false)).isInstanceOf(Problems.Conflict.class)
                .hasMessage("quick.propose.not-member");
        assertThatThrownBy(() -> QuickDecision.checkAnswerer(false)).isInstanceOf(Problems.Conflict.class)
                .hasMessage("quick.answer.not-member");
    }

    @Test
    void theMoneyCap() {
        Money cap = Money.cad("500.00");
        QuickDecision.checkAmount(null, cap);
        QuickDecision.checkAmount(Money.cad("500.00"), cap);
        assertThatThrownBy(() -> QuickDecision.checkAmount(Money.cad("500.01"), cap))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.messageKey()).isEqualTo("quick.amount.over-cap");
                });
        assertThatThrownBy(() -> QuickDecision.checkAmount(Money.cad("-1.00"), cap)).hasMessage("quick.amount.negative");
    }

    @Test
    void answeredBeforeTheDeadlineOnly() {
        QuickDecision q = open(at(2030, 3, 8, 15, 0));
        q.checkAnswerable(at(2030, 3, 12, 14, 59));
        assertThatThrownBy(() -> q.checkAnswerable(at(2030, 3, 12, 15, 0))).hasMessage("quick.answer.too-late");
        assertThat(q.adoptableAt(at(2030, 3, 12, 14, 59))).isFalse();
        assertThat(q.adoptableAt(at(2030, 3, 12, 15, 0))).isTrue();
        assertThat(q.adoptableAt(at(2030, 4, 30, 0, 0))).as("after downtime").isTrue();
    }

    @Test
    void anAbstentionGivesItsReason() {
        assertThatThrownBy(() -> QuickDecision.reason(Answer.ABSTAIN, "  ")).hasMessage("quick.abstain.reason");
        assertThat(QuickDecision.reason(Answer.VETO, " ")).isNull();
        assertThat(QuickDecision.reason(Answer.ABSTAIN, " conflit ")).isEqualTo("conflit");
    }

    @Test
    void theReminderIsDueOnceBetweenItsMomentAndTheDeadline() {
        QuickDecision q = open(at(2030, 3, 8, 15, 0));
        assertThat(q.reminderDueAt(at(2030, 3, 12, 6, 59))).isFalse();
        assertThat(q.reminderDueAt(at(2030, 3, 12, 7, 0))).isTrue();
        assertThat(q.reminderDueAt(at(2030, 3, 12, 15, 0))).isFalse();
        assertThat(q.token()).isEqualTo("[QD-1]");
    }
}
