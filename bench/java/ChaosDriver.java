import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash safety under load, on PostgreSQL: starts the packaged application, drives journal entries and time entries
 * (each with an {@code Idempotency-Key}; the time entries punched by workers with their own tokens), member edits and
 * inbound mail at a steady rate from several clients, kills the
 * application with SIGKILL at random moments and starts it again on the same database; a client whose answer was
 * lost sends the same request again (same key, same Message-ID) until it is acknowledged. Then it checks, in the
 * database: every acknowledged entry exactly once, every entry whole (its lines, balanced), the journal balanced,
 * the monthly totals equal to the postings, every acknowledged time entry once and whole (its days add up to it), the
 * time tracker's monthly totals equal to the entries' days, every acknowledged message once, each member's last acknowledged edit
 * in place; and that a journal import killed mid-way left all of itself or nothing.
 *
 * <pre>java -cp postgresql.jar bench/java/ChaosDriver.java JAR JDBC_URL USER KILLS [CLIENTS]</pre>
 * Used by {@code bench/chaos.sh} and, at small scale, by {@code ChaosIT} (which runs this file). JDK and JDBC driver only.
 */
public final class ChaosDriver {

    public record Report(int kills, int entries, int punches, int edits, int mails, int retries, long seconds,
                         List<String> failures) {
        public String summary() {
            return kills + " kills; acknowledged: " + entries + " journal entries, " + punches + " time entries, " + edits
                    + " member edits, " + mails + " inbound messages; " + retries + " attempts sent again (lost answers, application down); " + seconds + " s; "
                    + failures.size() + " failures";
        }
    }

    private static final String ADMIN = "chaos@chaos.local";
    private static final String PASSWORD = "chaos-password-1";
    private static final String INBOUND = "chaos-inbound-token-0123456789";

    private final String jar;
    private final String url;
    private final String user;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(20);
    private volatile Process app;
    private String token;
    private String bank;
    private String revenue;

    public ChaosDriver(String jar, String url, String user, int port, Path log) {
        this.jar = jar;
        this.url = url;
        this.user = user;
        this.port = port;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 6;
        Path log = Files.createTempFile("chaos-app", ".log");
        ChaosDriver driver = new ChaosDriver(args[0], args[1], args[2], 18431, log);
        Report r;
        try {
            r = driver.run(kills, clients);
        } finally {
            driver.kill(); // never leave the application running, whatever happened
        }
        r.failures().stream().limit(100).forEach(f -> System.out.println("FAIL " + f));
        System.out.println(r.summary());
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------ the run

    public Report run(int kills, int clients) throws Exception {
        long start = System.nanoTime();
        startApp();
        token = firstToken();
        setUpBooks();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < clients; i++) members.add(newMember(i));
        List<String> workerTokens = new ArrayList<>();
        for (long m : members) workerTokens.add(newWorker(m));
        String activity = newActivity(workerTokens.get(0));

        Map<String, Long> entries = new ConcurrentHashMap<>();      // key → entry id acknowledged
        Map<String, Boolean> punches = new ConcurrentHashMap<>();   // key of a time entry acknowledged
        Map<String, Boolean> mails = new ConcurrentHashMap<>();     // Message-ID acknowledged
        Map<Long, String> lastPhone = new ConcurrentHashMap<>();    // member → phone of the last acknowledged edit
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger edits = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            final long member = members.get(c);
            final String workerToken = workerTokens.get(c);
            threads.add(Thread.ofPlatform().start(() -> {
                Random r = new Random(client);
                int n = 0;
                while (running.get()) {
                    n++;
                    try {
                        switch (r.nextInt(4)) {
                            case 0 -> {
                                String key = "chaos-" + UUID.randomUUID();
                                long cents = 1 + r.nextInt(100_000);
                                String body = "{\"date\":\"2007-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + "\",\"description\":\"chaos\","
                                        + "\"reference\":\"" + key + "\",\"lines\":[{\"account\":\"" + bank + "\",\"side\":\"DEBIT\",\"amount\":"
                                        + cents / 100 + "." + String.format("%02d", cents % 100) + "},{\"account\":\"" + revenue
                                        + "\",\"side\":\"CREDIT\",\"amount\":" + cents / 100 + "." + String.format("%02d", cents % 100) + "}]}";
                                String answer = untilAcknowledged("POST", "/api/v1/journal-entries", "application/json", body, key, retries, failures);
                                Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(answer);
                                entries.put(key, m.find() ? Long.parseLong(m.group(1)) : -1L);
                            }
                            case 1 -> {
                                String phone = "514-555-" + String.format("%04d", n % 10_000);
                                untilAcknowledged("PATCH", "/api/v1/members/" + member, "application/json",
                                        "{\"phone\":\"" + phone + "\"}", null, retries, failures);
                                lastPhone.put(member, phone);
                                edits.incrementAndGet();
                            }
                            case 2 -> {
                                String key = "chaos-punch-" + UUID.randomUUID();
                                String body = "{\"activity\":\"" + activity + "\",\"day\":\"2007-0" + (1 + r.nextInt(9)) + "-1"
                                        + r.nextInt(10) + "\",\"minutes\":" + (15 + r.nextInt(240)) + ",\"note\":\"" + key + "\"}";
                                untilAcknowledged(workerToken, "POST", "/api/v1/time-entries", "application/json", body, key, retries, failures);
                                punches.put(key, true);
                            }
                            default -> {
                                String id = UUID.randomUUID() + "@chaos.local";
                                String mail = "Message-ID: <" + id + ">\r\nFrom: someone@example.org\r\nTo: nobody@localhost\r\n"
                                        + "Subject: chaos " + n + "\r\nDate: Fri, 15 Jun 2007 10:00:00 -0400\r\n\r\nBody " + n + "\r\n";
                                untilAcknowledgedInbound(mail, retries, failures);
                                mails.put(id, true);
                            }
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        for (int k = 0; k < kills; k++) {
            Thread.sleep(1500 + random.nextInt(3000));
            kill();
            startApp();
        }
        Thread.sleep(2000);
        running.set(false);
        for (Thread t : threads) t.join(Duration.ofMinutes(3));

        // a journal import killed mid-way
        String marker = "chaos-import-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder journal = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            journal.append("2007-05-").append(10 + i % 18).append(' ').append(marker).append(' ').append(i).append("\n    Assets:Chaos Bank  1.00 CAD\n    Revenues:Chaos  -1.00 CAD\n\n");
        }
        Thread importer = Thread.ofPlatform().start(() -> {
            try {
                send("POST", "/api/v1/journal/import", "text/plain", journal.toString(), null);
            } catch (Exception ignored) {
                // killed under it
            }
        });
        Thread.sleep(300 + random.nextInt(700));
        kill();
        importer.join(Duration.ofMinutes(1));
        startApp();

        try (Connection db = DriverManager.getConnection(url, user, "")) {
            check(db, entries, mails, lastPhone, marker, failures);
            checkTime(db, punches, members, failures);
        } finally {
            kill();
        }
        return new Report(kills + 1, entries.size(), punches.size(), edits.get(), mails.size(), retries.get(),
                (System.nanoTime() - start) / 1_000_000_000L, failures);
    }

    private void check(Connection db, Map<String, Long> entries, Map<String, Boolean> mails, Map<Long, String> lastPhone,
                       String marker, List<String> failures) throws Exception {
        for (var e : entries.entrySet()) {
            long n = count(db, "SELECT COUNT(*) FROM journal_entry WHERE reference = ?", e.getKey());
            if (n != 1) failures.add("entry " + e.getKey() + " acknowledged, found " + n + " times");
        }
        long chaosEntries = count(db, "SELECT COUNT(*) FROM journal_entry WHERE reference LIKE 'chaos-%'");
        if (chaosEntries != entries.size()) failures.add(chaosEntries + " entries in the journal for " + entries.size() + " acknowledged (each was sent until acknowledged)");
        long broken = count(db, """
                SELECT COUNT(*) FROM (SELECT e.id FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
                GROUP BY e.id, e.line_count HAVING COUNT(l.line_no) <> e.line_count OR COALESCE(SUM(l.amount), 0) <> 0) x""");
        if (broken != 0) failures.add(broken + " entries half-written or unbalanced");
        long orphans = count(db, "SELECT COUNT(*) FROM journal_line l WHERE NOT EXISTS (SELECT 1 FROM journal_entry e WHERE e.id = l.entry_id)");
        if (orphans != 0) failures.add(orphans + " postings without their entry");
        String total = one(db, "SELECT COALESCE(SUM(amount), 0) FROM journal_line");
        if (new java.math.BigDecimal(total).signum() != 0) failures.add("the journal does not balance: " + total);
        long totalsWrong = count(db, """
                SELECT COUNT(*) FROM (
                  SELECT COALESCE(t.account_id, p.account_id) a FROM ledger_month_total t
                  FULL JOIN (SELECT account_id, COALESCE(department_id, 0) dep, CAST(date_trunc('month', entry_date) AS DATE) m,
                                    SUM(amount) s, COUNT(*) c FROM journal_line GROUP BY 1, 2, 3) p
                    ON p.account_id = t.account_id AND p.dep = t.department_id AND p.m = t.month_start
                  WHERE t.amount IS DISTINCT FROM p.s AND NOT (p.s IS NULL AND t.amount = 0)) x""");
        if (totalsWrong != 0) failures.add(totalsWrong + " monthly totals differ from the postings");
        for (String id : mails.keySet()) {
            long n = count(db, "SELECT COUNT(*) FROM mail_inbound WHERE message_id = ?", "<" + id + ">")
                    + count(db, "SELECT COUNT(*) FROM mail_inbound WHERE message_id = ?", id);
            if (n != 1) failures.add("message " + id + " acknowledged, found " + n + " times");
        }
        for (var e : lastPhone.entrySet()) {
            String phone = one(db, "SELECT phone FROM member WHERE id = ?", e.getKey());
            if (!e.getValue().equals(phone)) failures.add("member " + e.getKey() + ": last acknowledged phone " + e.getValue() + ", found " + phone);
        }
        long imported = count(db, "SELECT COUNT(*) FROM journal_entry WHERE description LIKE ?", marker + "%");
        if (imported != 0 && imported != 40_000) failures.add("the import killed mid-way left " + imported + " of 40000 entries");
    }

    private void checkTime(Connection db, Map<String, Boolean> punches, List<Long> workers, List<String> failures) throws Exception {
        for (String key : punches.keySet()) {
            long n = count(db, "SELECT COUNT(*) FROM ts_entry WHERE note = ?", key);
            if (n != 1) failures.add("time entry " + key + " acknowledged, found " + n + " times");
        }
        long all = count(db, "SELECT COUNT(*) FROM ts_entry WHERE note LIKE 'chaos-punch-%'");
        if (all != punches.size()) failures.add(all + " time entries for " + punches.size() + " acknowledged (each was sent until acknowledged)");
        long broken = count(db, """
                SELECT COUNT(*) FROM ts_entry e WHERE e.note LIKE 'chaos-punch-%'
                  AND e.duration_min <> (SELECT COALESCE(SUM(d.duration_min), 0) FROM ts_entry_day d WHERE d.entry_id = e.id)""");
        if (broken != 0) failures.add(broken + " time entries whose days do not add up to them");
        String ids = workers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        long totalsWrong = count(db, """
                SELECT COUNT(*) FROM (
                  SELECT COALESCE(t.worker_id, d.worker_id) w FROM
                    (SELECT worker_id, month_key, kind, SUM(minutes) m FROM ts_month_total WHERE worker_id IN (%s)
                     GROUP BY worker_id, month_key, kind) t
                  FULL JOIN (SELECT worker_id, EXTRACT(YEAR FROM work_day) * 100 + EXTRACT(MONTH FROM work_day) mk, kind,
                                    SUM(duration_min) m FROM ts_entry_day WHERE worker_id IN (%s) GROUP BY 1, 2, 3) d
                    ON d.worker_id = t.worker_id AND d.mk = t.month_key AND d.kind = t.kind
                  WHERE t.m IS DISTINCT FROM d.m AND NOT (d.m IS NULL AND t.m = 0)) x""".formatted(ids, ids));
        if (totalsWrong != 0) failures.add(totalsWrong + " monthly time totals differ from the entries' days");
    }

    // ------------------------------------------------------------------------------------------------ requests

    /** Sends until a 2xx comes back (a lost answer or a stopped application: again, with the same key). */
    private String untilAcknowledged(String method, String path, String type, String body, String key, AtomicInteger retries,
                                     List<String> failures) throws InterruptedException {
        return untilAcknowledged(token, method, path, type, body, key, retries, failures);
    }

    private String untilAcknowledged(String as, String method, String path, String type, String body, String key,
                                     AtomicInteger retries, List<String> failures) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) retries.incrementAndGet();
            try {
                HttpResponse<String> r = send(as, method, path, type, body, key);
                if (r.statusCode() / 100 == 2) return r.body();
                if (r.statusCode() == 503 || r.statusCode() == 502) { Thread.sleep(200); continue; }
                failures.add(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
                return "";
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
    }

    private void untilAcknowledgedInbound(String mail, AtomicInteger retries, List<String> failures) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) retries.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/mail/inbound"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + INBOUND)
                        .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(mail)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) return;
                failures.add("POST /api/v1/mail/inbound answered " + r.statusCode() + ": " + r.body());
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String key) throws IOException, InterruptedException {
        return send(token, method, path, type, body, key);
    }

    private HttpResponse<String> send(String as, String method, String path, String type, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + as).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) b.header("Idempotency-Key", key);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private String firstToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/tokens")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"chaos\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        return m.group(1);
    }

    private void setUpBooks() throws Exception {
        var r = send("POST", "/api/v1/journal/import", "text/plain",
                "2007-01-01 Opening\n    Assets:Chaos Bank  10.00 CAD\n    Revenues:Chaos  -10.00 CAD\n", null);
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("set-up import: " + r.statusCode() + " " + r.body());
        String accounts = send("GET", "/api/v1/ledger-accounts", "application/json", "", null).body();
        bank = code(accounts, "Assets:Chaos Bank");
        revenue = code(accounts, "Revenues:Chaos");
    }

    private static String code(String accounts, String ledgerName) {
        Matcher m = Pattern.compile("\\{[^{}]*\"code\":\"([^\"]+)\"[^{}]*\"ledgerName\":\"" + Pattern.quote(ledgerName) + "\"").matcher(accounts);
        if (m.find()) return m.group(1);
        throw new IllegalStateException("no account " + ledgerName + " in " + accounts);
    }

    private long newMember(int i) throws Exception {
        var r = send("POST", "/api/v1/members", "application/json",
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"Chaos " + i + "\",\"email\":\"chaos-" + i + "-" + UUID.randomUUID().toString().substring(0, 6)
                        + "@example.org\",\"language\":\"fr\"}", null);
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() / 100 != 2 || !m.find()) throw new IllegalStateException("member: " + r.statusCode() + " " + r.body());
        return Long.parseLong(m.group(1));
    }

    /**
     * Engages the member as a worker (the API) and gives them an account and a personal token, written in the database
     * as an administrator's script would (the product makes accounts from the member's page): the token is returned.
     */
    private String newWorker(long member) throws Exception {
        var r = send("POST", "/api/v1/members/" + member + "/engagements", "application/json",
                "{\"engagement\":\"VOLUNTEER\",\"since\":\"2006-01-01\"}", null);
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("engagement: " + r.statusCode() + " " + r.body());
        String secret = "fmt_chaos" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO account (email, password_hash, person_id, created_at)
                    VALUES (?, 'none', ?, CURRENT_TIMESTAMP)""")) {
                s.setString(1, "chaos-worker-" + member + "@chaos.local");
                s.setLong(2, member);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO access_token (account_id, name, token_hash, prefix, created_at)
                    SELECT id, 'chaos', encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, CURRENT_TIMESTAMP
                    FROM account WHERE person_id = ?""")) {
                s.setString(1, secret);
                s.setString(2, secret.substring(0, 10));
                s.setLong(3, member);
                s.executeUpdate();
            }
        }
        return secret;
    }

    private String newActivity(String as) throws Exception {
        String code = "chaos-" + UUID.randomUUID().toString().substring(0, 8);
        var r = send(as, "POST", "/api/v1/activities", "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"Chaos\",\"kind\":\"CONTRACT\",\"billable\":true}", null);
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("activity: " + r.statusCode() + " " + r.body());
        return code;
    }

    // ------------------------------------------------------------------------------------------------ the process

    private void startApp() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder b = new ProcessBuilder(java, "-Xmx384m", "-jar", jar, "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Path data = Files.createTempDirectory("chaos-data");
        b.environment().put("FOURMILIERE_DATA_DIR", data.toString());
        b.environment().put("FOURMILIERE_DB_URL", url);
        b.environment().put("FOURMILIERE_DB_USER", user);
        b.environment().put("FOURMILIERE_ADMIN_EMAIL", ADMIN);
        b.environment().put("FOURMILIERE_ADMIN_PASSWORD", PASSWORD);
        b.environment().put("FOURMILIERE_MAIL_INBOUND_TOKEN", INBOUND);
        app = b.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not yet
            }
            if (!app.isAlive()) throw new IllegalStateException("the application stopped at start: see " + log);
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start: see " + log);
    }

    private void kill() throws InterruptedException {
        if (app == null) return;
        app.destroyForcibly(); // SIGKILL
        app.waitFor();
    }

    private static long count(Connection db, String sql, Object... args) throws Exception {
        return Long.parseLong(one(db, sql, args));
    }

    private static String one(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
