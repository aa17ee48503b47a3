package org.fourmiliere.chat.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The IRC bot, a small client of its own over a socket (ADR 0800): NICK/USER, optional SASL PLAIN through CAP,
 * PING/PONG, JOIN of the configured channels once welcomed (001), another nick on 433, reconnection with a back-off
 * doubling from 1 s up to {@code max-backoff} (5 min), and a token bucket on what it sends (a burst of 4, then one
 * line a second; long replies split). It answers {@code !commands} in its channels and any command in private
 * through {@link ChatCommands}. Only the node holding the {@link BotLease} connects. No host set: nothing starts.
 */
@Component
public class IrcBot {

    private static final Logger log = LoggerFactory.getLogger(IrcBot.class);
    static final String NETWORK = "irc";
    private static final int MAX_TEXT = 400;

    private final ChatCommands commands;
    private final Identities identities;
    private final BotLease lease;
    private final String host;
    private final int port;
    private final boolean tls;
    private final String nick;
    private final String saslUser;
    private final String saslPassword;
    private final List<String> channels;
    private final Duration maxBackoff;

    /** Nicks followed after a NICK change of a linked connection: current nick (lower case) → linked nick. */
    private final Map<String, String> followed = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Socket socket;
    private volatile String currentNick;
    private Thread thread;

    IrcBot(ChatCommands commands, Identities identities, BotLease lease,
           @Value("${fourmiliere.chat.irc.host:}") String host,
           @Value("${fourmiliere.chat.irc.port:6697}") int port,
           @Value("${fourmiliere.chat.irc.tls:true}") boolean tls,
           @Value("${fourmiliere.chat.irc.nick:fourmi}") String nick,
           @Value("${fourmiliere.chat.irc.sasl-user:}") String saslUser,
           @Value("${fourmiliere.chat.irc.sasl-password:}") String saslPassword,
           @Value("${fourmiliere.chat.irc.channels:}") List<String> channels,
           @Value("${fourmiliere.chat.irc.max-backoff:PT5M}") Duration maxBackoff) {
        this.commands = commands;
        this.identities = identities;
        this.lease = lease;
        this.host = host == null ? "" : host.trim();
        this.port = port;
        this.tls = tls;
        this.nick = nick;
        this.saslUser = saslUser == null || saslUser.isBlank() ? null : saslUser;
        this.saslPassword = saslPassword;
        this.channels = channels.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
        this.maxBackoff = maxBackoff;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (host.isEmpty()) return;
        running = true;
        thread = Thread.ofVirtual().name("irc-bot").start(this::loop);
    }

    /**
     * Stops the bot when the application stops, before the database it needs: the loop is ended and waited for (a
     * few seconds at most), then the lease is given up so that another node takes over at once.
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        running = false;
        closeQuietly();
        if (thread == null) return;
        thread.interrupt();
        try {
            thread.join(java.time.Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("IRC: the lease could not be given up: {}", e.toString());
        }
    }

    /** Whether the bot is connected and welcomed by the server (for the status page and tests). */
    public boolean connected() {
        return connected;
    }

    /** How long a session must last for the next reconnection to start again from the shortest wait. */
    private static final Duration STABLE = Duration.ofSeconds(60);

    private void loop() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            if (!lease.claim()) {
                pause(lease.period());
                continue;
            }
            long started = System.nanoTime();
            try {
                session();
            } catch (IOException | RuntimeException e) {
                log.debug("IRC: {}:{} {}", host, port, e.toString());
            } finally {
                // the back-off starts again only after a session that lasted: a server that welcomes the bot and
                // then drops it at once is not hammered every second
                if (connected && System.nanoTime() - started > STABLE.toNanos()) backoff = Duration.ofSeconds(1);
                connected = false;
                closeQuietly();
            }
            if (!running) break;
            pause(backoff);
            backoff = backoff.multipliedBy(2);
            if (backoff.compareTo(maxBackoff) > 0) backoff = maxBackoff;
        }
    }

    private static void pause(Duration d) {
        LockSupport.parkNanos(d.toNanos());
    }

    private void session() throws IOException {
        Socket s = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket();
        s.connect(new InetSocketAddress(host, port), 10_000);
        s.setSoTimeout(30_000);
        socket = s;
        var out = new Sender(s.getOutputStream());
        Thread writer = Thread.ofVirtual().name("irc-bot-writer").start(out);
        try {
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            currentNick = nick;
            if (saslUser != null) out.now("CAP REQ :sasl");
            out.now("NICK " + nick);
            out.now("USER " + nick + " 0 * :Fourmiliere");
            long lastHeard = System.nanoTime();
            boolean pinged = false;
            while (running) {
                String raw;
                try {
                    raw = in.readLine();
                } catch (java.net.SocketTimeoutException e) {
                    if (pinged || System.nanoTime() - lastHeard > TimeUnit.SECONDS.toNanos(120)) throw e;
                    out.now("PING :fourmiliere");
                    pinged = true;
                    continue;
                }
                if (raw == null) throw new IOException("closed by the server");
                lastHeard = System.nanoTime();
                pinged = false;
                if (!lease.renewIfDue()) throw new IOException("lease lost");
                handle(IrcLine.parse(raw), out);
            }
        } finally {
            writer.interrupt();
        }
    }

    private void handle(IrcLine m, Sender out) {
        switch (m.command()) {
            case "PING" -> out.now("PONG :" + m.param(0));
            case "CAP" -> {
                if (m.param(1).equals("ACK") && m.param(2).contains("sasl")) out.now("AUTHENTICATE PLAIN");
                else if (m.param(1).equals("NAK")) out.now("CAP END");
            }
            case "AUTHENTICATE" -> {
                if (m.param(0).equals("+")) {
                    String plain = saslUser + "\0" + saslUser + "\0" + saslPassword;
                    out.now("AUTHENTICATE " + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
                }
            }
            case "903", "904", "905", "906", "907" -> {
                if (!m.command().equals("903")) log.warn("IRC: SASL authentication failed ({})", m.command());
                out.now("CAP END");
            }
            case "001" -> {
                currentNick = m.param(0);
                connected = true;
                log.info("IRC: connected to {}:{} as {}", host, port, currentNick);
                for (String c : channels) out.now("JOIN " + c);
            }
            case "433" -> {
                currentNick = currentNick + "_";
                out.now("NICK " + currentNick);
            }
            case "NICK" -> nickChanged(m);
            case "QUIT" -> followed.remove(m.nick().toLowerCase(Locale.ROOT));
            case "PRIVMSG" -> privmsg(m, out);
            default -> { }
        }
    }

    /** A linked nick (or a followed one) that changes is followed, if it comes from the linked user@host. */
    private void nickChanged(IrcLine m) {
        String old = m.nick().toLowerCase(Locale.ROOT);
        String now = m.param(0);
        if (m.nick().equalsIgnoreCase(currentNick)) {
            currentNick = now;
            return;
        }
        String linked = followed.remove(old);
        if (linked == null) {
            linked = identities.byNick(NETWORK, m.nick())
                    .filter(l -> l.userHost() == null || l.userHost().equals(m.userHost()))
                    .map(ChatLink::nick).orElse(null);
        }
        if (linked != null && !linked.equalsIgnoreCase(now)) followed.put(now.toLowerCase(Locale.ROOT), linked);
    }

    private void privmsg(IrcLine m, Sender out) {
        String target = m.param(0);
        String text = m.param(1);
        boolean inChannel = !target.equalsIgnoreCase(currentNick);
        if (text.startsWith("\u0001")) return; // CTCP
        if (!ChatCommands.isCommand(text, inChannel)) return;
        String from = m.nick();
        String asNick = followed.getOrDefault(from.toLowerCase(Locale.ROOT), from);
        ChatCommands.Reply reply;
        try {
            reply = inChannel && ChatCommands.isLink(text) ? commands.linkInPublic(text)
                    : commands.handle(new ChatCommands.Caller(NETWORK, asNick, m.userHost()), text);
        } catch (RuntimeException e) {
            log.warn("IRC: command {} failed", text, e);
            return;
        }
        String to = inChannel && !reply.privately() ? target : from;
        for (String line : reply.lines()) {
            for (String part : split(line)) out.queue("PRIVMSG " + to + " :" + part);
        }
    }

    /** Splits a reply into pieces the server accepts (its line is at most 512 bytes with the prefix). */
    static List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line.replace('\r', ' ').replace('\n', ' ');
        while (rest.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT) {
            int cut = Math.min(rest.length(), MAX_TEXT / 2);
            int space = rest.lastIndexOf(' ', cut);
            if (space > cut / 2) cut = space;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) parts.add(rest);
        return parts;
    }

    private void closeQuietly() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Writes lines: protocol answers at once, replies through a token bucket (burst 4, then 1 a second). */
    private static final class Sender implements Runnable {
        private static final int BURST = 4;
        private static final long REFILL_NANOS = TimeUnit.SECONDS.toNanos(1);
        private final OutputStream out;
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(1000);
        private double tokens = BURST;
        private long refilled = System.nanoTime();

        Sender(OutputStream out) {
            this.out = out;
        }

        synchronized void now(String line) {
            try {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void queue(String line) {
            if (!queue.offer(line)) log.warn("IRC: reply dropped, the queue is full");
        }

        @Override
        public void run() {
            try {
                while (true) {
                    String line = queue.take();
                    long t = System.nanoTime();
                    tokens = Math.min(BURST, tokens + (double) (t - refilled) / REFILL_NANOS);
                    refilled = t;
                    if (tokens < 1) {
                        LockSupport.parkNanos((long) ((1 - tokens) * REFILL_NANOS));
                        tokens = 1;
                        refilled = System.nanoTime();
                    }
                    tokens -= 1;
                    now(line);
                }
            } catch (InterruptedException | RuntimeException e) {
                // the session ended
            }
        }
    }
}
