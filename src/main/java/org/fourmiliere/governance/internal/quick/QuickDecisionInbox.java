package org.fourmiliere.governance.internal.quick;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.InboundMailHandler;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Component;

/**
 * The collective's decisions address. A message that answers one of our messages about a proposal (by
 * {@code In-Reply-To}/{@code References}, else by the {@code [QD-12]} token of its subject) is an answer: its first
 * line says {@code VETO}, {@code OK}/{@code POUR} or {@code ABSTENTION} (see {@link MailWords}). Any other message is
 * a proposal: subject = title, body = text, an optional amount line. A sender who may not do what they ask, or whose
 * message we cannot read, gets a polite answer in their language saying why, and nothing is recorded.
 * Runs in the mail module's transaction: the proposal, its notices and this answer commit with the message's mark.
 */
@Component
class QuickDecisionInbox implements InboundMailHandler {

    private final QuickDecisionService service;
    private final QuickDecisionMails mails;
    private final MemberDirectory members;

    QuickDecisionInbox(QuickDecisionService service, QuickDecisionMails mails, MemberDirectory members) {
        this.service = service;
        this.mails = mails;
        this.members = members;
    }

    @Override
    public Set<String> addresses() {
        return Set.of(service.settings().address());
    }

    @Override
    public Handling handle(IncomingMail in) {
        Optional<PersonRef> sender = members.personByEmail(in.fromAddress());
        Optional<QuickDecision> about = service.about(in.answers(), in.subject());
        if (about.isPresent()) return answer(in, sender.orElse(null), about.get());
        if (service.answersOurMail(in.answers())) {
            // a reply to a refusal or to other mail of ours that is about no proposal: never a proposal, never
            // answered (an answer could start a loop with a responder that does not say it is automatic)
            return Handling.toLookAt("a reply to our mail about no quick decision");
        }
        return propose(in, sender.orElse(null));
    }

    private Handling propose(IncomingMail in, PersonRef sender) {
        if (sender == null) return refuse(in, null, null, "quick.refusal.unknown-sender", in.fromAddress());
        String title = MailWords.title(in.subject());
        if (title.isBlank()) return refuse(in, sender, null, "quick.refusal.no-title");
        if (title.length() > 200) title = title.substring(0, 200);
        Money amount = null;
        if (MailWords.mentionsAmount(in.text())) {
            Optional<BigDecimal> a = MailWords.amount(in.text());
            if (a.isEmpty()) return refuse(in, sender, null, "quick.refusal.amount-unreadable");
            amount = Money.of(a.get(), Money.CAD);
        }
        String text = in.text().strip();
        if (text.length() > 20000) text = text.substring(0, 20000);
        try {
            QuickDecision q = service.propose(new QuickDecisionService.Proposal(sender.id(), title, text, amount,
                    in.receivedAt(), Via.MAIL, in.messageId(), in.id()));
            return Handling.done("quick decision " + q.id() + " proposed");
        } catch (Problems.DomainException e) {
            return refuse(in, sender, null, e.messageKey(), e.args());
        }
    }

    private Handling answer(IncomingMail in, PersonRef sender, QuickDecision q) {
        if (sender == null) return refuse(in, null, q.id(), "quick.refusal.unknown-sender", in.fromAddress());
        Optional<MailWords.Reply> reply = MailWords.reply(in.text());
        if (reply.isEmpty() && service.answersOurAnswer(in.inReplyTo())) {
            // a reply to our refusal or acknowledgement that is no answer: not answered again (no loop)
            return Handling.toLookAt("a reply to our answer about quick decision " + q.id() + " that is no answer");
        }
        if (reply.isEmpty() && q.status() == QuickDecision.Status.ADOPTED) return refuse(in, sender, q.id(), "quick.answer.too-late");
        if (reply.isEmpty() && q.status() == QuickDecision.Status.VETOED) return refuse(in, sender, q.id(), "quick.answer.vetoed");
        if (reply.isEmpty()) return refuse(in, sender, q.id(), "quick.refusal.not-understood", q.token());
        try {
            service.answer(q.id(), sender.id(), reply.get().answer(), reply.get().reason(), in.receivedAt(), Via.MAIL, in.id());
        } catch (Problems.DomainException e) {
            return refuse(in, sender, q.id(), e.messageKey(), e.args());
        }
        if (reply.get().answer() != QuickDecision.Answer.VETO) {
            service.reply(q.id(), mails.answered(service.get(q.id()), in, sender, reply.get().answer()));
        }
        return Handling.done("quick decision " + q.id() + ": " + reply.get().answer() + " from person " + sender.id());
    }

    private Handling refuse(IncomingMail in, PersonRef sender, Long quickDecisionId, String key, Object... args) {
        service.reply(quickDecisionId, mails.refusal(in, sender, key, args));
        return Handling.done("refused (" + key + ")" + (quickDecisionId == null ? "" : " about quick decision " + quickDecisionId));
    }
}
