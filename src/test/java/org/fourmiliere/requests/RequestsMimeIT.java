package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Real MIME messages to support@, over SMTP and read by the application over IMAP: an HTML mail with its text
 * alternative and files; the files are kept and downloadable, the HTML is shown sanitised beside its text; a file
 * over the size limit is left out and said in the history.
 */
@IntegrationTest
class RequestsMimeIT {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired TestMail mail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired RequestService service;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    private Long ticketOf(String messageId) {
        return jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", messageId).query(Long.class).optional().orElse(null);
    }

    @Test
    void anHtmlMailWithFilesIsShownSanitisedBesideItsTextAndItsFilesAreKept() throws Exception {
        Person worker = people.workerWithAccount("Agent");
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String id = "<" + UUID.randomUUID() + "@client.example>";
        String html = "<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>"
                + "<p onclick=\"steal()\">Bonjour, <b>la facture</b> est fausse.</p>"
                + "<img src=\"https://tracker.example/pixel.gif\"><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">cliquez</a> <a href=\"https://example.org/aide\">aide</a>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=x></form>"
                + "</body></html>";
        byte[] pdf = "%PDF-1.4 une facture".getBytes(StandardCharsets.US_ASCII);
        byte[] note = "Reçu du 3 mai".getBytes(StandardCharsets.UTF_8);

        MimeMessage m = mail.message(id, client, TestMail.SUPPORT_ADDRESS, "Facture en HTML", "x");
        MimeMessageHelper helper = new MimeMessageHelper(m, true, "UTF-8");
        helper.setText("Bonjour, la facture est fausse. (texte)", html);
        helper.addAttachment("facture-mai.pdf", new ByteArrayResource(pdf), "application/pdf");
        helper.addAttachment("reçu été.txt", new ByteArrayResource(note), "text/plain");
        m.saveChanges();
        m.setHeader("Message-ID", id);
        mail.send(m);
        await().atMost(WAIT).until(() -> ticketOf(id) != null);
        long ticket = ticketOf(id);

        // kept: both files, with their names and bytes
        record File(long id, String filename, String contentType, byte[] content) {}
        List<File> files = jdbc.sql("""
                SELECT a.id, a.filename, a.content_type, a.content FROM ticket_attachment a
                JOIN ticket_message m ON m.id = a.message_id WHERE m.ticket_id = :t ORDER BY a.id""")
                .param("t", ticket).query((rs, n) -> new File(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4))).list();
        assertThat(files).extracting(File::filename).containsExactly("facture-mai.pdf", "reçu été.txt");
        assertThat(files.get(0).contentType()).isEqualTo("application/pdf");
        assertThat(files.get(0).content()).isEqualTo(pdf);
        assertThat(files.get(1).content()).isEqualTo(note);

        // the HTML, sanitised, and the text alternative
        String stored = jdbc.sql("SELECT body_html FROM ticket_message WHERE message_id = :m").param("m", id).query(String.class).single();
        assertThat(stored).contains("<b>la facture</b>").contains("href=\"https://example.org/aide\"")
                .doesNotContainIgnoringCase("script").doesNotContain("onclick").doesNotContain("<img")
                .doesNotContain("javascript:").doesNotContain("iframe").doesNotContain("<form").doesNotContain("<style");
        PageSession staff = PageSession.signIn(port, worker.email(), worker.password());
        var page = staff.get("/requests/tickets/" + ticket);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<b>la facture</b>").doesNotContain("alert(").doesNotContain("tracker.example")
                .contains("class=\"text-alternative\"").contains("(texte)")
                .contains("facture-mai.pdf").contains("/requests/attachments/" + files.get(0).id());
        // downloadable by a worker
        var download = staff.get("/requests/attachments/" + files.get(0).id());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 une facture");
    }

    @Test
    void aWebReplysFileIsKeptOnTheReplyAndSentWithIt() throws Exception {
        Person worker = people.workerWithAccount("Agent");
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String first = mail.send(client, TestMail.SUPPORT_ADDRESS, "Le devis", "Pouvez-vous m'envoyer le devis ?", null);
        await().atMost(WAIT).until(() -> ticketOf(first) != null);
        long ticket = ticketOf(first);

        PageSession staff = PageSession.signIn(port, worker.email(), worker.password());
        String csrf = staff.csrf("/requests/tickets/" + ticket);
        byte[] quote = "%PDF-1.4 devis 42".getBytes(StandardCharsets.US_ASCII);
        String b = "form-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {{"_csrf", csrf}, {"text", "Voici le **devis**."}, {"minutes", "5"}}) {
            body.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"devis-42.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(quote);
        body.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var posted = staff.raw("POST", "/requests/tickets/" + ticket + "/reply", "multipart/form-data; boundary=" + b, body.toByteArray());
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);

        // kept on the reply's own row
        assertThat(jdbc.sql("SELECT m.kind || ' ' || a.filename FROM ticket_attachment a JOIN ticket_message m ON m.id = a.message_id"
                + " WHERE m.ticket_id = :t").param("t", ticket).query(String.class).list()).containsExactly("OUT devis-42.pdf");
        // and attached to the mail the client receives
        String token = "[fourmi #" + ticket + "]";
        await().atMost(WAIT).until(() -> mail.received(client, token).stream().anyMatch(m -> TestMail.text(m).contains("Voici le")));
        MimeMessage answer = mail.received(client, token).stream().filter(m -> TestMail.text(m).contains("Voici le")).findFirst().orElseThrow();
        var parts = (jakarta.mail.Multipart) answer.getContent();
        jakarta.mail.BodyPart file = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("devis-42.pdf".equals(parts.getBodyPart(i).getFileName())) file = parts.getBodyPart(i);
        }
        assertThat(file).as("the file is attached to the reply").isNotNull();
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(quote);
    }

    @Test
    void aFileOverTheSizeLimitIsLeftOutAndSaidInTheHistory() {
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String id = "<" + UUID.randomUUID() + "@client.example>";
        byte[] big = new byte[(int) service.settings().attachmentMaxBytes() + 1];
        byte[] small = "petit".getBytes(StandardCharsets.UTF_8);
        service.fromMail(new IncomingMail(0, id, client, null, List.of(TestMail.SUPPORT_ADDRESS), "Deux fichiers", "Voici.",
                null, List.of(), null, clock.instant(), null,
                List.of(new IncomingMail.Attachment("enorme.bin", "application/octet-stream", big),
                        new IncomingMail.Attachment("petit.txt", "text/plain", small))));
        long ticket = ticketOf(id);
        assertThat(jdbc.sql("SELECT a.filename FROM ticket_attachment a JOIN ticket_message m ON m.id = a.message_id "
                + "WHERE m.ticket_id = :t").param("t", ticket).query(String.class).list()).containsExactly("petit.txt");
        assertThat(jdbc.sql("SELECT after_value FROM ticket_transaction WHERE ticket_id = :t AND action = 'attachment-too-large'")
                .param("t", ticket).query(String.class).single()).startsWith("enorme.bin");
    }
}
