package org.fourmiliere.governance.web.quick;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.quick.QuickDecision;
import org.fourmiliere.governance.internal.quick.QuickDecisionService;
import org.fourmiliere.mail.Delivery;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Component;

/** The view records of the quick decisions' pages and API, built with the names of the persons concerned. */
@Component
class QuickDecisionViews {

    /** A proposal as made on the web or through the API; the amount is in Canadian dollars. */
    record ProposeForm(@NotBlank @Size(max = 200) String title,
                       @Size(max = 20000) String text,
                       @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount) {

        public Money money() {
            return amount == null ? null : Money.of(amount.setScale(2), Money.CAD);
        }
    }

    /** An answer: support, abstention (with a reason) or veto (the reason optional). */
    record AnswerForm(@NotNull QuickDecision.Answer answer, @Size(max = 2000) String reason) {}

    /** A veto, with an optional reason. */
    record VetoForm(@Size(max = 2000) String reason) {}

    record AnswerView(long personId, String person, QuickDecision.Answer answer, String reason, Instant at,
                      QuickDecision.Via via, Long inboundId) {}

    record StepView(Instant at, String kind, Long personId, String person, String reason, QuickDecision.Via via,
                    Long inboundId, List<MailView> mail) {}

    record MailView(String messageId, String status, Instant sentAt, List<Delivery.Report> reports) {}

    /**
     * A quick decision with what the reader needs: the business time left (in minutes) and, on the detailed view,
     * the answers and the trail.
     */
    record QuickDecisionView(long id, String token, String title, String text, BigDecimal amount, String currency,
                             long proposerId, String proposer, Instant proposedAt, Instant reminderAt, Instant deadline,
                             QuickDecision.Status status, QuickDecision.Via via, long businessMinutesLeft,
                             Long vetoedBy, String vetoer, Long decisionId, Long meetingId,
                             List<AnswerView> answers, List<StepView> trail) {

        public Money money() {
            return amount == null ? null : Money.of(amount, java.util.Currency.getInstance(currency));
        }

        public Duration left() {
            return Duration.ofMinutes(businessMinutesLeft);
        }
    }

    private final QuickDecisionService service;
    private final MemberDirectory members;
    private final Outbox outbox;

    QuickDecisionViews(QuickDecisionService service, MemberDirectory members, Outbox outbox) {
        this.service = service;
        this.members = members;
        this.outbox = outbox;
    }

    /** The signed-in person, who must be one. */
    static long me() {
        Long id = SignedIn.require().personId();
        if (id == null) throw new Problems.InvalidInput("proposer", "quick.propose.not-member");
        return id;
    }

    List<QuickDecisionView> list(List<QuickDecision> decisions) {
        Set<Long> ids = new HashSet<>();
        decisions.forEach(q -> {
            ids.add(q.proposerId());
            if (q.vetoedBy() != null) ids.add(q.vetoedBy());
        });
        Map<Long, String> names = names(ids);
        return decisions.stream().map(q -> view(q, names, null, null)).toList();
    }

    QuickDecisionView detail(long id) {
        QuickDecision q = service.get(id);
        var answers = service.answers(id);
        var trail = service.trail(id);
        Set<Long> ids = new HashSet<>();
        ids.add(q.proposerId());
        if (q.vetoedBy() != null) ids.add(q.vetoedBy());
        answers.forEach(a -> ids.add(a.personId()));
        trail.forEach(s -> { if (s.personId() != null) ids.add(s.personId()); });
        Map<Long, String> names = names(ids);
        Map<String, Delivery> deliveries = outbox.deliveries(trail.stream().flatMap(s -> s.messageIds().stream()).toList());
        List<AnswerView> answerViews = answers.stream().map(a -> new AnswerView(a.personId(), names.get(a.personId()),
                a.answer(), a.reason(), a.at(), a.via(), a.inboundId())).toList();
        List<StepView> steps = trail.stream().map(s -> new StepView(s.at(), s.kind(), s.personId(),
                s.personId() == null ? null : names.get(s.personId()), s.reason(), s.via(), s.inboundId(),
                s.messageIds().stream().map(m -> mail(m, deliveries.get(m))).toList())).toList();
        return view(q, names, answerViews, steps);
    }

    private static MailView mail(String messageId, Delivery d) {
        return d == null ? new MailView(messageId, null, null, List.of())
                : new MailView(messageId, d.status(), d.sentAt(), d.reports());
    }

    private QuickDecisionView view(QuickDecision q, Map<Long, String> names, List<AnswerView> answers, List<StepView> trail) {
        return new QuickDecisionView(q.id(), q.token(), q.title(), q.text(),
                q.amount() == null ? null : q.amount().amount(),
                q.amount() == null ? null : q.amount().currency().getCurrencyCode(),
                q.proposerId(), names.get(q.proposerId()), q.proposedAt(), q.reminderAt(), q.deadline(), q.status(),
                q.via(), q.open() ? service.timeLeft(q).toMinutes() : 0, q.vetoedBy(),
                q.vetoedBy() == null ? null : names.get(q.vetoedBy()), q.decisionId(), q.meetingId(), answers, trail);
    }

    private Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return members.persons(ids).stream().collect(Collectors.toMap(PersonRef::id, PersonRef::name, (a, b) -> a));
    }

}
