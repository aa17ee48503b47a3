package org.fourmiliere.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server of the integration tests: a GreenMail on ports chosen free when the run starts, SMTP — which the
 * application's mail sender ({@link #sender()}) points at — and IMAP, where a test reads a mailbox
 * ({@link #mailbox}) as the application's IMAP poller does; the application itself reads two mailboxes there, the
 * collective's ({@link #COLLECTIVE_ADDRESS}) and support@ ({@link #SUPPORT_ADDRESS}). A person's mail client is here
 * too: {@link #send} over SMTP, {@link #received} what a mailbox got, {@link #text} of a message. A test may {@link #stop()} it to see mail wait, and
 * {@link #start()} it again on the same port.
 */
public final class TestMail implements DisposableBean {

    /** The ports of the run: chosen once, before the application starts (its IMAP mailbox is configured with them). */
    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();

    /** The collective's mailbox that the application reads over IMAP, where mail to the decisions address lands. */
    public static final String COLLECTIVE_ADDRESS = "decisions@localhost";
    public static final String COLLECTIVE_PASSWORD = "collective-password";

    /** The demo collective's support address (the {@code support} queue's), a mailbox the application also reads. */
    public static final String SUPPORT_ADDRESS = "support@demo.fourmiliere.org";
    public static final String SUPPORT_PASSWORD = "support-password";

    private final int port;
    private final int imapPort;
    private final java.util.Map<String, String[]> mailboxes = new java.util.LinkedHashMap<>();
    private GreenMail server;

    public TestMail() {
        this.port = SMTP_PORT;
        this.imapPort = IMAP_PORT;
        mailboxes.put(COLLECTIVE_ADDRESS, new String[] {COLLECTIVE_ADDRESS, COLLECTIVE_PASSWORD});
        mailboxes.put(SUPPORT_ADDRESS, new String[] {SUPPORT_ADDRESS, SUPPORT_PASSWORD});
        start();
    }

    /**
     * The settings that point the application's IMAP poller at the collective's mailbox on this server, read every
     * second: added to the environment of every integration test's application ({@link TestMailSettings}).
     */
    static java.util.Map<String, Object> applicationSettings() {
        var settings = new java.util.HashMap<String, Object>();
        mailboxSettings(settings, 0, "collective", COLLECTIVE_ADDRESS, COLLECTIVE_PASSWORD);
        mailboxSettings(settings, 1, "support", SUPPORT_ADDRESS, SUPPORT_PASSWORD);
        settings.put("fourmiliere.mail.imap.poll-interval", "PT1S");
        return settings;
    }

    private static void mailboxSettings(java.util.Map<String, Object> settings, int index, String name, String address, String password) {
        String m = "fourmiliere.mail.imap.mailboxes[" + index + "].";
        settings.putAll(java.util.Map.of(m + "name", name, m + "host", "127.0.0.1", m + "port", String.valueOf(IMAP_PORT),
                m + "protocol", "imap", m + "username", address, m + "password", password, m + "address", address));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The port of the same server's IMAP side: mail delivered over SMTP to a mailbox's user is read there. */
    public int imapPort() {
        return imapPort;
    }

    /** Creates (or keeps) the mailbox of {@code address}, read over IMAP with {@code login} and {@code password}. */
    public synchronized void mailbox(String address, String login, String password) {
        mailboxes.put(address, new String[] {login, password});
        server.setUser(address, login, password);
    }

    public synchronized void start() {
        if (server != null) return;
        GreenMail g = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        g.start();
        mailboxes.forEach((address, login) -> g.setUser(address, login[0], login[1]));
        server = g;
    }

    public synchronized void stop() {
        if (server == null) return;
        server.stop();
        server = null;
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** The messages received for {@code address} since the server last started. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        if (server == null) return List.of();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] all = m.getAllRecipients();
            return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ a mail client's side

    /**
     * Sends a plain-text message over SMTP as {@code from} to {@code to}, as a person's mail client would; the extra
     * {@code headers} come in name, value pairs. Returns its Message-ID.
     */
    public String send(String from, String to, String subject, String text, String inReplyTo, String... headers) {
        String id = "<" + java.util.UUID.randomUUID() + "@client.example>";
        try {
            MimeMessage m = message(id, from, to, subject, text);
            if (inReplyTo != null) {
                m.setHeader("In-Reply-To", inReplyTo);
                m.setHeader("References", inReplyTo);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) m.setHeader(headers[i], headers[i + 1]);
            send(m);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** A plain-text message with the given Message-ID (the same message as one sent before, when it is reused). */
    public MimeMessage message(String messageId, String from, String to, String subject, String text) throws MessagingException {
        MimeMessage m = client().createMimeMessage();
        m.setFrom(new jakarta.mail.internet.InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        return m;
    }

    /** Sends a message over SMTP to its recipients (its Message-ID kept). */
    public void send(MimeMessage m) {
        client().send(m);
    }

    /** Sends a raw RFC 5322 message over SMTP to {@code to}, byte for byte as written (a report, a MIME message). */
    public void sendRaw(String to, byte[] raw) {
        try {
            var session = jakarta.mail.Session.getInstance(client().getJavaMailProperties());
            try (var transport = session.getTransport("smtp")) {
                transport.connect("127.0.0.1", port, null, null);
                MimeMessage m = new MimeMessage(session, new java.io.ByteArrayInputStream(raw)) {
                    @Override
                    protected void updateHeaders() {
                        // sent as written: neither a new Message-ID nor rewritten parts
                    }
                };
                transport.sendMessage(m, new Address[] {new jakarta.mail.internet.InternetAddress(to)});
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages {@code address} received (since the server last started) whose subject contains {@code part}. */
    public List<MimeMessage> received(String address, String part) {
        return receivedBy(address).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(part);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The first text of a message, through nested multiparts. */
    public static String text(MimeMessage m) {
        try {
            return firstText(m.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstText(Object content) throws MessagingException, IOException {
        if (content instanceof String s) return s;
        if (content instanceof jakarta.mail.Multipart multipart && multipart.getCount() > 0) {
            return firstText(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    /**
     * A delivery status notification (RFC 3464) from a mail server to {@code to}: our message {@code original} could
     * not be delivered to {@code recipient}.
     */
    public static byte[] deliveryFailure(String messageId, String to, String recipient, String original) {
        String b = "dsn-" + java.util.UUID.randomUUID();
        return ("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: " + to + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: " + messageId + "\r\n"
                + "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\r\n\r\n"
                + "--" + b + "\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--" + b + "\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
                + "--" + b + "\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + original + "\r\nSubject: x\r\n"
                + "--" + b + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private JavaMailSenderImpl client;

    private synchronized JavaMailSenderImpl client() {
        if (client == null) client = sender();
        return client;
    }

    /** A mail sender pointing at this server, with short time-outs so that a stopped server fails fast. */
    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties p = new Properties();
        p.setProperty("mail.smtp.connectiontimeout", "2000");
        p.setProperty("mail.smtp.timeout", "5000");
        p.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(p);
        return sender;
    }

    @Override
    public void destroy() {
        stop();
    }
}
