import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts COUNT distinct generated messages to POST /api/v1/mail/inbound with CLIENTS concurrent clients, then a
 * twentieth of them again (duplicates), and prints messages/s and latencies. The mix: 40 % persons' messages to the
 * decisions address (handled by quick decisions: the senders are not in the registry, so each gets a refusal queued in
 * the outbox in the same transaction), 40 % to addresses no module receives (kept to look at), 10 % delivery reports
 * (RFC 3464), 10 % auto-replies.
 * Usage: java bench/java/MailInboundBench.java BASE_URL TOKEN COUNT CLIENTS RUN_ID
 */
public class MailInboundBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int count = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        String run = args[4];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: 200 messages of another run id, not counted
        post(http, base, token, 200, clients, run + "-warm", false);
        Result distinct = post(http, base, token, count, clients, run, false);
        System.out.printf("distinct messages: %d in %.2f s = %.0f messages/s; latency p50 %.1f ms, p99 %.1f ms; errors %d%n",
                count, distinct.seconds, count / distinct.seconds, distinct.p(50), distinct.p(99), distinct.errors);
        int dups = Math.max(1, count / 20);
        Result again = post(http, base, token, dups, clients, run, true);
        System.out.printf("duplicates: %d in %.2f s = %.0f messages/s; latency p50 %.1f ms, p99 %.1f ms; errors %d; answered duplicate: %d%n",
                dups, again.seconds, dups / again.seconds, again.p(50), again.p(99), again.errors, again.duplicates);
    }

    record Result(double seconds, double[] latencies, int errors, int duplicates) {
        double p(int pct) {
            double[] s = latencies.clone();
            Arrays.sort(s);
            return s.length == 0 ? 0 : s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
        }
    }

    static Result post(HttpClient http, String base, String token, int count, int clients, String run, boolean dup)
            throws Exception {
        double[] latencies = new double[count];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        Semaphore slots = new Semaphore(clients);
        long t0 = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = dup ? i * 20 : i;
                slots.acquire();
                pool.submit(() -> {
                    try {
                        long s = System.nanoTime();
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/mail/inbound"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "message/rfc822")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(message(run, n))).timeout(Duration.ofSeconds(60)).build();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        latencies[dup ? n / 20 : n] = (System.nanoTime() - s) / 1e6;
                        if (r.statusCode() != 202) errors.incrementAndGet();
                        else if (r.body().contains("\"duplicate\":true")) duplicates.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
        }
        return new Result((System.nanoTime() - t0) / 1e9, latencies, errors.get(), duplicates.get());
    }

    static byte[] message(String run, int i) {
        String id = "<bench-" + run + "-" + i + "@example.org>";
        String text = ("Bonjour, voici le message numéro " + i + " du banc d'essai. ").repeat(20);
        String m;
        if (i % 10 == 8) {
            m = "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: fourmiliere@localhost\nSubject: Undelivered Mail\n"
                    + "Message-ID: " + id + "\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
                    + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n--R\nContent-Type: text/plain\n\n"
                    + "Your message could not be delivered.\n--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
                    + "Final-Recipient: rfc822; nobody" + i + "@example.org\nAction: failed\nStatus: 5.1.1\n"
                    + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--R\nContent-Type: text/rfc822-headers\n\n"
                    + "From: fourmiliere@localhost\nMessage-ID: <sent-" + run + "-" + i + "@localhost>\n\n--R--\n";
        } else {
            String to = i % 10 < 4 ? "decisions@localhost" : "someone" + (i % 50) + "@unknown.example";
            m = "From: Personne " + i + " <person" + (i % 500) + "@example.org>\nTo: " + to + "\n"
                    + "Subject: =?UTF-8?Q?Message_num=C3=A9ro_" + i + "?=\nMessage-ID: " + id + "\n"
                    + (i % 10 == 9 ? "Auto-Submitted: auto-replied\n" : "")
                    + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + text + "\n";
        }
        return m.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
