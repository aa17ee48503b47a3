package org.fourmiliere.governance.internal.eligibility;

import java.util.Locale;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells each person, in their language, that a verification changed their status. Sends through SMTP when
 * {@code spring.mail.host} is set; otherwise writes the message to the log.
 */
@Component
class EligibilityNotifier {

    private static final Logger log = LoggerFactory.getLogger(EligibilityNotifier.class);

    private final EligibilityService eligibility;
    private final MemberDirectory members;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EligibilityNotifier(EligibilityService eligibility, MemberDirectory members, MessageSource messages,
                        ObjectProvider<JavaMailSender> mail, @Value("${fourmiliere.mail.from:fourmiliere@localhost}") String from) {
        this.eligibility = eligibility;
        this.members = members;
        this.messages = messages;
        this.mail = mail;
        this.from = from;
    }

    /** Sends what is pending; a message that fails stays pending for the next run. */
    int sendPending() {
        int sent = 0;
        for (EligibilityService.Notice n : eligibility.pendingNotices(500)) {
            if (send(n)) {
                eligibility.noticeSent(n);
                sent++;
            }
        }
        return sent;
    }

    /** Tells the person of one change, in their language; false if it could not be sent (kept for later). */
    boolean send(EligibilityService.Notice n) {
        PersonRef p = members.person(n.personId()).orElse(null);
        if (p == null || p.email() == null || p.email().isBlank()) return true;
        Locale locale = Locale.forLanguageTag("en".equals(p.language()) ? "en" : "fr");
        String status = messages.getMessage("eligibility.status." + n.status(), null, locale);
        String previous = messages.getMessage("eligibility.status." + n.previous(), null, locale);
        String subject = messages.getMessage("eligibility.mail.subject", new Object[]{status}, locale);
        String body = messages.getMessage("eligibility.mail.body", new Object[]{p.name(), n.asOf().toString(), previous, status}, locale);
        try {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                log.info("Eligibility notice (no mail server configured) to {}: {} — {}", p.email(), subject, body);
            } else {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(from);
                m.setTo(p.email());
                m.setSubject(subject);
                m.setText(body);
                sender.send(m);
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not send the eligibility notice to {}: {}", p.email(), e.getMessage());
            return false;
        }
    }
}
