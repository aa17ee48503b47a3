package org.fourmiliere.governance.internal.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail that tells each person, in their language, that a verification changed their status. The
 * verification hands them to the mail module's outbox in its own transaction ({@link EligibilityService#verify}).
 */
@Component
class EligibilityNotifier {

    static final String LIST_ID = "eligibility.fourmiliere";

    private final MemberDirectory members;
    private final MessageSource messages;

    EligibilityNotifier(MemberDirectory members, MessageSource messages) {
        this.members = members;
        this.messages = messages;
    }

    /** The e-mails of these notices; a person without an address gets none. */
    List<OutgoingMail> mails(List<EligibilityService.Notice> notices) {
        if (notices.isEmpty()) return List.of();
        Map<Long, PersonRef> persons = members.persons(notices.stream().map(EligibilityService.Notice::personId).distinct().toList())
                .stream().collect(Collectors.toMap(PersonRef::id, Function.identity()));
        List<OutgoingMail> mails = new ArrayList<>();
        for (EligibilityService.Notice n : notices) {
            PersonRef p = persons.get(n.personId());
            if (p != null && p.email() != null && !p.email().isBlank()) mails.add(mail(n, p));
        }
        return mails;
    }

    /** The e-mail telling {@code p} of one change, in their language. */
    OutgoingMail mail(EligibilityService.Notice n, PersonRef p) {
        String language = "en".equals(p.language()) ? "en" : "fr";
        Locale locale = Locale.forLanguageTag(language);
        String status = messages.getMessage("eligibility.status." + n.status(), null, locale);
        String previous = messages.getMessage("eligibility.status." + n.previous(), null, locale);
        String subject = messages.getMessage("eligibility.mail.subject", new Object[]{status}, locale);
        String body = messages.getMessage("eligibility.mail.body", new Object[]{p.name(), n.asOf().toString(), previous, status}, locale);
        return OutgoingMail.automatic(p.email(), language, subject, body,
                "eligibility-notice:" + n.verificationId() + ":" + n.personId()).withListId(LIST_ID);
    }
}
