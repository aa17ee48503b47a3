import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests benchmark's client (bench/requests.sh).
 * ingest BASE TOKEN COUNT CLIENTS RUN: posts COUNT distinct new messages (distinct senders) to support@ through
 *   POST /api/v1/mail/inbound with CLIENTS concurrent clients; each opens a ticket and queues an acknowledgement.
 * query BASE EMAIL PASSWORD: warm, then p50/p95 of full-text searches (API) and of the queue list page (HTML, signed in).
 */
public class RequestsBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("ingest")) ingest(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
        else query(args[1], args[2], args[3]);
    }

    static void ingest(String base, String token, int count, int clients, String run) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String[] words = {"facture", "serveur", "courriel", "mot de passe", "site", "lenteur", "sauvegarde", "domaine"};
        List<Double> ms = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String w = words[i % words.length];
                        String raw = "From: Client " + i + " <client-" + run + "-" + i + "@example.org>\r\nTo: Soutien <support@demo.fourmiliere.org>\r\n"
                                + "Subject: Probleme de " + w + " numero " + i + "\r\nMessage-ID: <bench-" + run + "-" + i + "@example.org>\r\n"
                                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                                + ("Bonjour, depuis hier notre " + w + " ne fonctionne plus comme avant. Pouvez-vous regarder ? Merci.\r\n").repeat(8);
                        long s = System.nanoTime();
                        try {
                            var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/mail/inbound"))
                                    .header("Authorization", "Bearer " + token).header("Content-Type", "message/rfc822")
                                    .POST(HttpRequest.BodyPublishers.ofString(raw)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 202 || !r.body().contains("PROCESSED")) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        ms.add((System.nanoTime() - s) / 1e6);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ingest: %d messages into tickets in %.1f s = %.0f messages/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; errors %d%n",
                count, seconds, count / seconds, p(ms, 50), p(ms, 95), p(ms, 99), errors.get());
    }

    static void query(String base, String email, String password) throws Exception {
        HttpClient api = HttpClient.newBuilder().build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        String[][] searches = {
                {"a very common word (in most tickets)", "mot1"},
                {"a rare word", "mot4321"},
                {"two words", "mot12 mot40"},
                {"facturé (accent, stem)", "factur%C3%A9"},
                {"facturé and a common word", "factur%C3%A9%20mot2"},
        };
        for (String[] s : searches) {
            String url = base + "/api/v1/tickets?limit=50&q=" + s[1].replace(" ", "%20");
            List<Double> ms = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < 220; i++) {
                long t = System.nanoTime();
                var r = api.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
                if (i >= 20) ms.add((System.nanoTime() - t) / 1e6); // the first 20 warm up
                found = r.body().split("\"number\"").length - 1;
            }
            System.out.printf("search %-40s %3d results (of at most 50): p50 %.1f ms, p95 %.1f ms%n", s[0], found, p(ms, 50), p(ms, 95));
        }
        // the queue's list page, signed in with the form
        HttpClient web = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = web.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) throw new IllegalStateException("no CSRF token on /login");
        String form = "_csrf=" + m.group(1) + "&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        web.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        for (String path : new String[] {"/requests/queues/support2", "/requests/queues/support", "/requests"}) {
            List<Double> ms = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < 120; i++) {
                long t = System.nanoTime();
                var r = web.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException(path + " " + r.statusCode());
                if (i >= 20) ms.add((System.nanoTime() - t) / 1e6);
                rows = r.body().split("class=\"ticket-link\"").length - 1;
            }
            System.out.printf("page %-30s %3d tickets listed: p50 %.1f ms, p95 %.1f ms%n", path, rows, p(ms, 50), p(ms, 95));
        }
    }

    static double p(List<Double> values, int pct) {
        List<Double> v = new ArrayList<>(values);
        if (v.isEmpty()) return 0;
        v.sort(null);
        return v.get(Math.min(v.size() - 1, (int) Math.ceil(pct / 100.0 * v.size()) - 1));
    }
}
