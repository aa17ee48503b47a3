package org.fourmiliere.governance.internal.quick;

import java.time.Duration;
import java.time.Instant;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * A quick decision (§6): proposed by a work-committee member, adopted {@link #DELAY} business hours after it was
 * proposed unless a member vetoes it before; a veto only postpones it to the next production or reflection meeting.
 * The static methods and the instance checks are its rules.
 *
 * @param reminderAt when the members who have not answered are reminded: {@link #REMINDER} business hours before the
 *                   deadline
 * @param deadline   when it takes effect if no one vetoes it
 * @param sourceMessageId the {@code Message-ID} of the e-mail that proposed it, or {@code null}
 * @param sourceInboundId the stored inbound message that proposed it, or {@code null}
 */
public record QuickDecision(long id, long bodyId, String title, String text, Money amount, long proposerId,
                            Instant proposedAt, Instant reminderAt, Instant deadline, Status status, Via via,
                            String sourceMessageId, Long sourceInboundId, Instant remindedAt, Instant closedAt,
                            Long vetoedBy, Long decisionId, Long meetingId) {

    /** Business hours from the proposal to the moment it takes effect. */
    public static final Duration DELAY = Duration.ofHours(48);
    /** Business hours before the deadline at which the members who have not answered are reminded. */
    public static final Duration REMINDER = Duration.ofHours(8);

    public enum Status { OPEN, VETOED, ADOPTED }

    public enum Via { WEB, MAIL, API }

    public enum Answer { SUPPORT, ABSTAIN, VETO }

    /** The word in the subject of its mail that ties a reply to it when the reply's headers do not: {@code [QD-12]}. */
    public String token() {
        return token(id);
    }

    public static String token(long id) {
        return "[QD-" + id + "]";
    }

    /** When a proposal made at {@code at} is reminded and takes effect. */
    public record Times(Instant reminderAt, Instant deadline) {}

    public static Times times(BusinessCalendar calendar, Instant at) {
        return new Times(calendar.deadline(at, DELAY.minus(REMINDER)), calendar.deadline(at, DELAY));
    }

    /** Only a member of the work committee at that moment proposes. */
    public static void checkProposer(boolean holdsWorkCommittee) {
        if (!holdsWorkCommittee) throw new Problems.Conflict("proposer", "quick.propose.not-member");
    }

    /** A quick decision commits limited money: above the cap it must go to a meeting. */
    public static void checkAmount(Money amount, Money cap) {
        if (amount == null) return;
        if (amount.isNegative()) throw new Problems.InvalidInput("amount", "quick.amount.negative");
        if (!amount.hasCurrency(cap.currency())) {
            throw new Problems.InvalidInput("amount", "quick.amount.currency", cap.currency().getCurrencyCode());
        }
        if (amount.compareTo(cap) > 0) throw new Problems.InvalidInput("amount", "quick.amount.over-cap", cap.amount());
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** A member answers (support, abstention, veto) only while it is open and before its deadline. */
    public void checkAnswerable(Instant at) {
        if (status == Status.ADOPTED || (status == Status.OPEN && !at.isBefore(deadline))) {
            throw new Problems.Conflict("answer", "quick.answer.too-late");
        }
        if (status == Status.VETOED) throw new Problems.Conflict("answer", "quick.answer.vetoed");
    }

    /** Only a member of the work committee answers. */
    public static void checkAnswerer(boolean holdsWorkCommittee) {
        if (!holdsWorkCommittee) throw new Problems.Conflict("answer", "quick.answer.not-member");
    }

    /** An abstention says why. */
    public static String reason(Answer answer, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (answer == Answer.ABSTAIN && r.isEmpty()) throw new Problems.InvalidInput("reason", "quick.abstain.reason");
        return r.isEmpty() ? null : r;
    }

    /** It is adopted at its deadline if still open. */
    public boolean adoptableAt(Instant now) {
        return status == Status.OPEN && !now.isBefore(deadline);
    }

    /** Its reminder is due: open, not reminded, the reminder's moment passed and the deadline not. */
    public boolean reminderDueAt(Instant now) {
        return status == Status.OPEN && remindedAt == null && !now.isBefore(reminderAt) && now.isBefore(deadline);
    }
}
