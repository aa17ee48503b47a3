package org.fourmiliere.governance.internal.quick;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mail of quick decisions, each in its reader's language: the notice to every member, the reminder, the
 * news of a veto or an adoption, and the answers to mail we could not act on. Replies go to the decisions address
 * ({@code Reply-To}); the subject carries the proposal's token so that a reply without headers still finds it.
 */
@Component
class QuickDecisionMails {

    static final String LIST_ID = "quick-decisions.fourmiliere";

    private final MessageSource messages;
    private final QuickDecisionSettings settings;

    QuickDecisionMails(MessageSource messages, QuickDecisionSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    static String language(PersonRef p) {
        return p != null && "en".equals(p.language()) ? "en" : "fr";
    }

    private String msg(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** The moment written out in the reader's language, in Montréal's time, with its offset. */
    String when(Instant at, String language) {
        ZonedDateTime z = at.atZone(TimeConfig.ZONE);
        String pattern = msg(language, "quick.mail.when.pattern");
        String offset = z.getOffset().getId().replace("-", "−");
        return msg(language, "quick.mail.when", DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)).format(z), offset);
    }

    String money(Money m, String language) {
        NumberFormat f = NumberFormat.getCurrencyInstance("en".equals(language) ? Locale.forLanguageTag("en-CA") : Locale.forLanguageTag("fr-CA"));
        f.setCurrency(m.currency());
        return f.format(m.amount());
    }

    private String subject(QuickDecision q, String language, String key) {
        return q.token() + " " + msg(language, key, q.title());
    }

    private OutgoingMail mail(PersonRef to, String subject, String text, String key, String thread) {
        OutgoingMail m = OutgoingMail.automatic(to.email(), language(to), subject, text, key)
                .withListId(LIST_ID).withReplyTo(settings.address());
        return thread == null ? m : m.replyingTo(thread, List.of());
    }

    /** The proposal, to one member: what, how much, when it takes effect, how to veto or answer. */
    OutgoingMail notice(QuickDecision q, PersonRef proposer, PersonRef to) {
        String l = language(to);
        StringBuilder b = new StringBuilder();
        b.append(msg(l, "quick.mail.notice.intro", proposer == null ? "?" : proposer.name())).append("\n\n");
        b.append(q.title()).append("\n\n").append(q.text()).append("\n\n");
        if (q.amount() != null) b.append(msg(l, "quick.mail.amount", money(q.amount(), l))).append("\n\n");
        b.append(msg(l, "quick.mail.notice.when", when(q.deadline(), l))).append("\n\n");
        b.append(msg(l, "quick.mail.notice.how", settings.link(q.id()))).append('\n');
        return mail(to, subject(q, l, "quick.mail.notice.subject"), b.toString(),
                "quick-decision:" + q.id() + ":notice:" + to.id(), q.sourceMessageId());
    }

    /** The reminder, to a member who has not answered. */
    OutgoingMail reminder(QuickDecision q, PersonRef to, String thread) {
        String l = language(to);
        String text = msg(l, "quick.mail.reminder.body", q.title(), when(q.deadline(), l), settings.link(q.id())) + "\n";
        return mail(to, subject(q, l, "quick.mail.reminder.subject"), text,
                "quick-decision:" + q.id() + ":reminder:" + to.id(), thread);
    }

    /** A veto: who, why, and the meeting whose agenda now has it. */
    OutgoingMail vetoed(QuickDecision q, PersonRef by, String reason, String meeting, PersonRef to, String thread) {
        String l = language(to);
        StringBuilder b = new StringBuilder(msg(l, "quick.mail.vetoed.body", by == null ? "?" : by.name(), q.title()));
        if (reason != null) b.append("\n\n").append(msg(l, "quick.mail.reason", reason));
        b.append("\n\n").append(meeting == null ? msg(l, "quick.mail.vetoed.no-meeting")
                : msg(l, "quick.mail.vetoed.meeting", meeting));
        b.append("\n\n").append(settings.link(q.id())).append('\n');
        return mail(to, subject(q, l, "quick.mail.vetoed.subject"), b.toString(),
                "quick-decision:" + q.id() + ":vetoed:" + to.id(), thread);
    }

    /** The adoption, at its deadline. */
    OutgoingMail adopted(QuickDecision q, long decisionId, PersonRef to, String thread) {
        String l = language(to);
        String text = msg(l, "quick.mail.adopted.body", q.title(), when(q.deadline(), l), decisionId, settings.link(q.id())) + "\n";
        return mail(to, subject(q, l, "quick.mail.adopted.subject"), text,
                "quick-decision:" + q.id() + ":adopted:" + to.id(), thread);
    }

    /** An answer to a message we did not act on: why, in the sender's language, as a reply to it. */
    OutgoingMail refusal(IncomingMail in, PersonRef sender, String key, Object... args) {
        String l = sender != null ? language(sender) : "en".equals(in.language()) ? "en" : "fr";
        String text = msg(l, "quick.mail.refusal.intro") + "\n\n" + msg(l, key, args) + "\n";
        String subject = msg(l, "quick.mail.refusal.subject", MailWords.title(in.subject()));
        return OutgoingMail.automatic(in.fromAddress(), l, subject, text, "quick-decision:refusal:" + in.messageId())
                .withListId(LIST_ID).withReplyTo(settings.address()).replyingTo(in.messageId(), in.references());
    }

    /** The acknowledgement of an answer received by mail. */
    OutgoingMail answered(QuickDecision q, IncomingMail in, PersonRef sender, QuickDecision.Answer answer) {
        String l = language(sender);
        String text = msg(l, "quick.mail.answered." + answer, q.title(), when(q.deadline(), l), settings.link(q.id())) + "\n";
        return OutgoingMail.automatic(in.fromAddress(), l, subject(q, l, "quick.mail.answered.subject"), text,
                        "quick-decision:answered:" + in.messageId())
                .withListId(LIST_ID).withReplyTo(settings.address()).replyingTo(in.messageId(), in.references());
    }

    /** A meeting as the mail names it: "Réunion de production du lundi 11 juin 2007 à 13 h 00". */
    String meeting(org.fourmiliere.governance.internal.meetings.Meeting m, String language) {
        return msg(language, "quick.mail.meeting", msg(language, "meetings.type." + m.type()), when(m.startsAt(), language));
    }
}
