package org.fourmiliere.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestChatSettings;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The IRC bot against a real IRC server on loopback (Debian's ngircd, started here on the port the application's
 * bot is given by {@link TestChatSettings}): linking a nick with a code, punching in French and English, the same
 * entries as the API shows, a stranger with a linked nick refused, reconnection after the server restarts.
 */
@IntegrationTest
class IrcBotIT {

    static final Path NGIRCD = Path.of("/usr/sbin/ngircd");
    static final String BOT = TestChatSettings.BOT_NICK;
    static final String CHANNEL = TestChatSettings.IRC_CHANNEL;

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired TestClock clock;

    private Process server;
    private Path dir;

    @AfterEach
    void stopServer() throws Exception {
        stop();
    }

    @Test
    void link_punch_in_both_languages_refuse_a_stranger_and_reconnect() throws Exception {
        assumeTrue(Files.isExecutable(NGIRCD), "ngircd is not installed (apt-get install ngircd): the IRC bot is not tested");
        start();
        var w = ChatFixture.worker(people, port, "fr");
        String first = ChatFixture.activity(w.api(), "irc");
        String second = ChatFixture.activity(w.api(), "irc");
        String nick = "al" + w.person().id();

        try (var alice = Client.connect(nick, "alice")) {
            alice.waitForBot();
            alice.send("JOIN " + CHANNEL);
            alice.expect(l -> l.contains(" 366 "));

            alice.send("PRIVMSG " + BOT + " :!entre " + first);
            alice.expect(l -> l.contains("PRIVMSG " + nick + " :") && l.contains("!lier"));
            alice.send("PRIVMSG " + BOT + " :!lier " + w.newCode());
            alice.expect(l -> l.contains(nick + " est maintenant lié"));

            alice.send("PRIVMSG " + CHANNEL + " :!entre " + first);
            alice.expect(l -> l.contains("PRIVMSG " + CHANNEL + " :" + nick + " : poinçon sur " + first));
            assertThat(w.entries().size()).isEqualTo(1);
            assertThat(w.entries().get(0).get("activity").asString()).isEqualTo(first);
            assertThat(w.entries().get(0).get("running").asBoolean()).isTrue();

            clock.advance(Duration.ofMinutes(30));
            alice.send("PRIVMSG " + CHANNEL + " :!switch " + second);
            alice.expect(l -> l.contains(first + " arrêté (0 h 30), poinçon sur " + second));
            clock.advance(Duration.ofMinutes(45));
            alice.send("PRIVMSG " + CHANNEL + " :!out");
            alice.expect(l -> l.contains(nick + ": " + second + " stopped (0 h 45)"));
            var entries = w.entries();
            assertThat(entries.size()).isEqualTo(2);
            assertThat(entries.get(0).get("minutes").asInt() + entries.get(1).get("minutes").asInt()).isEqualTo(75);

            alice.send("PRIVMSG " + CHANNEL + " :!week");
            alice.expect(l -> l.contains("PRIVMSG " + nick + " :Week of") && l.contains("1 h 15"));
            alice.send("PRIVMSG " + CHANNEL + " :!semaine");
            alice.expect(l -> l.contains("PRIVMSG " + nick + " :Semaine du") && l.contains("1 h 15"));

            alice.send("PRIVMSG " + CHANNEL + " :!in " + first.substring(0, first.length() - 1));
            alice.expect(l -> l.contains("Close activities: " + first) || l.contains("Activités proches : " + first)
                    || l.contains("There is no activity") || l.contains("Aucune activité"));

            String renamed = nick + "x";
            alice.send("NICK " + renamed);
            alice.expect(l -> l.contains("NICK") && l.contains(renamed));
            alice.send("PRIVMSG " + CHANNEL + " :!status");
            alice.expect(l -> l.contains(nick + ": no punch running"));
            alice.send("QUIT :bye");
        }

        try (var stranger = Client.connect(nick, "mallory")) {
            stranger.send("PRIVMSG " + BOT + " :!entre " + first);
            stranger.expect(l -> l.contains("n'est pas reconnu"));
            assertThat(w.entries().size()).isEqualTo(2);
        }

        stop();
        start();
        try (var again = Client.connect("again" + w.person().id(), "again")) {
            again.waitForBot();
            again.send("PRIVMSG " + BOT + " :!aide");
            again.expect(l -> l.contains("Commandes"));
        }
    }

    private void start() throws IOException {
        dir = Files.createTempDirectory("ngircd");
        Path conf = dir.resolve("ngircd.conf");
        Files.writeString(conf, """
                [Global]
                Name = irc.fourmiliere.test
                Info = Fourmiliere tests
                Listen = 127.0.0.1
                Ports = %d
                PidFile = %s
                MotdPhrase = tests
                [Limits]
                MaxNickLength = 30
                [Options]
                Ident = no
                DNS = no
                PAM = no
                [Channel]
                Name = %s
                Topic = tests
                """.formatted(TestChatSettings.IRC_PORT, dir.resolve("pid"), CHANNEL));
        server = new ProcessBuilder(NGIRCD.toString(), "--nodaemon", "--config", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
            try (var s = new Socket("127.0.0.1", TestChatSettings.IRC_PORT)) {
                return true;
            }
        });
    }

    private void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            server = null;
        }
    }

    /** A tiny IRC client for the test: lines read on a virtual thread into a queue. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        private Client(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Thread.ofVirtual().start(() -> {
                try {
                    for (String l; (l = in.readLine()) != null; ) {
                        if (l.startsWith("PING")) send("PONG" + l.substring(4));
                        lines.add(l);
                    }
                } catch (IOException ignored) {
                    // closed
                }
            });
        }

        static Client connect(String nick, String user) throws IOException {
            var c = new Client(new Socket("127.0.0.1", TestChatSettings.IRC_PORT));
            c.send("NICK " + nick);
            c.send("USER " + user + " 0 * :" + user);
            c.expect(l -> l.contains(" 001 "));
            return c;
        }

        void send(String line) {
            try {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits for a line that matches, dropping the others. */
        String expect(Predicate<String> match) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            try {
                while (System.nanoTime() < until) {
                    String l = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (l != null && match.test(l)) return l;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no matching line from the IRC server within 20 s");
        }

        /** Waits until the bot is on the server (it retries every second). */
        void waitForBot() {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                send("WHOIS " + BOT);
                String l = expect(x -> x.contains(" 311 ") || x.contains(" 401 "));
                return l.contains(" 311 ");
            });
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
