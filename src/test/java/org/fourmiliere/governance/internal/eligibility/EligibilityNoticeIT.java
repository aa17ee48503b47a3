package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change of status is told to the person by e-mail, in their language: written by the notifier, handed to the
 * outbox, and sent by its job to a real SMTP server (GreenMail, {@link TestMail}).
 */
@IntegrationTest
class EligibilityNoticeIT {

    @Autowired EligibilityNotifier notifier;
    @Autowired Outbox outbox;
    @Autowired MemberDirectory members;
    @Autowired MemberRegistration registration;
    @Autowired TransactionTemplate tx;
    @Autowired TestMail smtp;

    @Test
    void aChangeOfStatusIsSentByEmailInThePersonsLanguage() throws Exception {
        String email = "notice-" + System.nanoTime() + "@example.org";
        long fr = registration.registerPerson(MemberRegistration.RegisterPerson.of("Noémie Avis", email, "fr"));
        String emailEn = "notice-en-" + System.nanoTime() + "@example.org";
        long en = registration.registerPerson(MemberRegistration.RegisterPerson.of("Nora Notice", emailEn, "en"));
        LocalDate day = LocalDate.of(2026, 12, 1);
        var notices = java.util.List.of(
                new EligibilityService.Notice(-fr, fr, EligibilityStatus.WARNED, EligibilityStatus.MEMBER, day),
                new EligibilityService.Notice(-en, en, EligibilityStatus.LOST, EligibilityStatus.WARNED, day));
        tx.executeWithoutResult(s -> notifier.mails(notices).forEach(outbox::enqueue));

        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedBy(email).isEmpty() && !smtp.receivedBy(emailEn).isEmpty());
        MimeMessage toFr = smtp.receivedBy(email).getFirst();
        assertThat(toFr.getSubject()).isEqualTo("Votre statut au comité de travail : Membre averti·e");
        assertThat(toFr.getContent().toString()).contains("Noémie Avis").contains("Membre → Membre averti·e");
        assertThat(toFr.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(toFr.getHeader("Content-Language")).containsExactly("fr");
        assertThat(toFr.getHeader("List-Id")).containsExactly("<" + EligibilityNotifier.LIST_ID + ">");
        MimeMessage toEn = smtp.receivedBy(emailEn).getFirst();
        assertThat(toEn.getSubject()).isEqualTo("Your work-committee status: Status lost");
        assertThat(toEn.getHeader("Content-Language")).containsExactly("en");
    }
}
