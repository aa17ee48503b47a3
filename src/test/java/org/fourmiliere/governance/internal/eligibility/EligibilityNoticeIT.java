package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A change of status is told to the person by e-mail, in their language: sent through a real SMTP server
 * (GreenMail) by the same notifier the job uses, here given a mail sender pointing at it.
 */
@IntegrationTest
class EligibilityNoticeIT {

    @Autowired EligibilityService eligibility;
    @Autowired MemberDirectory members;
    @Autowired MemberRegistration registration;
    @Autowired MessageSource messages;

    @Test
    void aChangeOfStatusIsSentByEmailInThePersonsLanguage() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("mailSender", sender);
            EligibilityNotifier notifier = new EligibilityNotifier(eligibility, members, messages,
                    beans.getBeanProvider(JavaMailSender.class), "fourmiliere@test.local");

            String email = "notice-" + System.nanoTime() + "@example.org";
            long fr = registration.registerPerson(MemberRegistration.RegisterPerson.of("Noémie Avis", email, "fr"));
            String emailEn = "notice-en-" + System.nanoTime() + "@example.org";
            long en = registration.registerPerson(MemberRegistration.RegisterPerson.of("Nora Notice", emailEn, "en"));
            LocalDate day = LocalDate.of(2026, 12, 1);
            assertThat(notifier.send(new EligibilityService.Notice(0, fr, EligibilityStatus.WARNED, EligibilityStatus.MEMBER, day))).isTrue();
            assertThat(notifier.send(new EligibilityService.Notice(0, en, EligibilityStatus.LOST, EligibilityStatus.WARNED, day))).isTrue();

            assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
            MimeMessage[] received = smtp.getReceivedMessages();
            MimeMessage toFr = java.util.Arrays.stream(received).filter(m -> {
                try { return m.getAllRecipients()[0].toString().equals(email); } catch (Exception e) { return false; }
            }).findFirst().orElseThrow();
            assertThat(toFr.getSubject()).isEqualTo("Votre statut au comité de travail : Membre averti·e");
            assertThat(toFr.getContent().toString()).contains("Noémie Avis").contains("Membre → Membre averti·e");
            MimeMessage toEn = java.util.Arrays.stream(received).filter(m -> m != toFr).findFirst().orElseThrow();
            assertThat(toEn.getSubject()).isEqualTo("Your work-committee status: Status lost");
        } finally {
            smtp.stop();
        }
    }
}
