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
 * ({@link #mailbox}) as the application's IMAP poller does. A test may {@link #stop()} it to see mail wait, and
 * {@link #start()} it again on the same port.
 */
public final class TestMail implements DisposableBean {

    /** The ports of the run: chosen once, before the application starts (its IMAP mailbox is configured with them). */
    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();

    /** The collective's mailbox that the application reads over IMAP, where mail to the decisions address lands. */
    public static final String COLLECTIVE_ADDRESS = "decisions@localhost";
    public static final String COLLECTIVE_PASSWORD = "collective-password";

    private final int port;
    private final int imapPort;
    private final java.util.Map<String, String[]> mailboxes = new java.util.LinkedHashMap<>();
    private GreenMail server;

    public TestMail() {
        this.port = SMTP_PORT;
        this.imapPort = IMAP_PORT;
        mailboxes.put(COLLECTIVE_ADDRESS, new String[] {COLLECTIVE_ADDRESS, COLLECTIVE_PASSWORD});
        start();
    }

    /**
     * The settings that point the application's IMAP poller at the collective's mailbox on this server, read every
     * second: added to the environment of every integration test's application ({@link TestMailSettings}).
     */
    static java.util.Map<String, Object> applicationSettings() {
        String m = "fourmiliere.mail.imap.mailboxes[0].";
        return java.util.Map.of(m + "name", "collective", m + "host", "127.0.0.1", m + "port", String.valueOf(IMAP_PORT),
                m + "protocol", "imap", m + "username", COLLECTIVE_ADDRESS, m + "password", COLLECTIVE_PASSWORD,
                m + "address", COLLECTIVE_ADDRESS, "fourmiliere.mail.imap.poll-interval", "PT1S");
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
