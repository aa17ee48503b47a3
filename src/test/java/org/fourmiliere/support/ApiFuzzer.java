package org.fourmiliere.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sends bad input to every operation of the JSON API, as described by its OpenAPI document ({@code /v3/api-docs}):
 * malformed and truncated JSON, wrong types, missing and unknown fields, 100 KB strings, NUL characters and invalid
 * UTF-8, negative, zero and huge numbers, impossible dates, injection strings, wrong content types, bad ids and query
 * parameters. Every answer must be below 500; every refusal (4xx) an RFC 9457 problem ({@code application/problem+json})
 * in the caller's language, naming the field when the bad input was one field; and a refused request must change
 * nothing in the database (each table's rows counted and hashed before and after, when a connection is given).
 *
 * <p>Used by {@code ApiFuzzIT} (a few hundred requests) and by {@code bench/fuzz.sh} (tens of thousands, against a
 * running application): it depends on the JDK alone so that the script runs it from its source file.
 *
 * <pre>java src/test/java/org/fourmiliere/support/ApiFuzzer.java BASE_URL TOKEN REQUESTS [SEED] [JDBC_URL USER PASSWORD]</pre>
 */
public final class ApiFuzzer {

    /** One request the fuzzer sends; {@code field} is the JSON property or parameter the bad value is in, if one. */
    public record Case(String operation, String method, String path, String contentType, byte[] body, String field,
                       String kind, String language) {
        @Override public String toString() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + kind
                    + (field == null ? "" : " " + field) + ", " + contentType + ", " + language + "]";
        }
    }

    /** The figures of a run and everything found wrong. */
    public record Report(int requests, Map<Integer, Integer> byStatus, List<String> failures, int accepted,
                         int stateChecks, Map<String, Integer> acceptedByOperation) {
        public String summary() {
            return requests + " requests; by status " + byStatus + "; " + accepted + " accepted; " + stateChecks
                    + " state checks; " + failures.size() + " failures";
        }
    }

    /**
     * Tables whose rows change without a request (sessions, jobs, the event registry), that Flyway owns, or that keep
     * the record of an attempt by design (the chat bot's lease is renewed by the bot; a journal import's progress row says that the import failed, and nothing
     * of the import is written.
     */
    private static final Set<String> VOLATILE_TABLES = Set.of("spring_session", "spring_session_attributes",
            "scheduled_tasks", "event_publication", "event_publication_archive", "flyway_schema_history",
            "sign_in_throttle", "journal_import", "chat_bot_lease");
    /** Columns written by a request that is let in, whatever it then answers (a token's last use). */
    private static final Set<String> VOLATILE_COLUMNS = Set.of("last_used_at");
    /**
     * Columns that a background job changes on its own, per table: the outbox's sender marks earlier messages sent (a
     * new message queued by a refused request still shows as one row more).
     */
    private static final Map<String, Set<String>> BACKGROUND_COLUMNS = Map.of("mail_outbox",
            Set.of("status", "attempts", "next_attempt_at", "last_attempt_at", "sent_at", "last_error"));

    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE member; --", "1' OR '1'='1",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%s%n%x",
            "\u202egnp.exe", "\ud83d\udc1c\u0301\u200b", "a\u0000b", "\u0000");

    private final String base;
    private final String token;
    private final Connection db;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Map<String, Object> doc;

    public ApiFuzzer(String base, String token, Connection db, long seed) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
        this.db = db;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ApiFuzzer BASE_URL TOKEN REQUESTS [SEED] [JDBC_URL USER PASSWORD]");
            System.exit(2);
        }
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20;
        Connection db = args.length > 4 ? DriverManager.getConnection(args[4], args[5], args.length > 6 ? args[6] : "") : null;
        Report report = new ApiFuzzer(args[0], args[1], db, seed).run(Integer.parseInt(args[2]));
        report.failures().stream().limit(200).forEach(f -> System.out.println("FAIL " + f));
        report.acceptedByOperation().forEach((o, n) -> System.out.println("accepted " + n + " × " + o));
        System.out.println(report.summary());
        System.out.println("status\tcount");
        report.byStatus().forEach((s, n) -> System.out.println(s + "\t" + n));
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------ the run

    /** Generates every case of every operation and sends {@code requests} of them (all of them, repeated, if more). */
    public Report run(int requests) throws Exception {
        doc = Json.object(Json.parse(send("GET", "/v3/api-docs", null, null, "en").body()));
        Map<String, List<Case>> byOperation = new LinkedHashMap<>();
        Map<String, Object> paths = Json.object(doc.get("paths"));
        for (var p : new TreeMap<>(paths).entrySet()) {
            for (var o : new TreeMap<>(Json.object(p.getValue())).entrySet()) {
                String method = o.getKey().toUpperCase(Locale.ROOT);
                List<Case> cases = cases(method, p.getKey(), Json.object(o.getValue()));
                byOperation.put(method + " " + p.getKey(), cases);
            }
        }
        int total = byOperation.values().stream().mapToInt(List::size).sum();
        // Each operation gets its share of the requests, at least one, its cases taken in a seeded shuffle.
        List<List<Case>> groups = new ArrayList<>();
        for (List<Case> cases : byOperation.values()) {
            List<Case> shuffled = new ArrayList<>(cases);
            java.util.Collections.shuffle(shuffled, random);
            int share = Math.max(1, (int) Math.round((double) requests * cases.size() / total));
            List<Case> group = new ArrayList<>();
            for (int i = 0; i < share; i++) group.add(shuffled.get(i % shuffled.size()));
            groups.add(group);
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> titles = new HashMap<>();
        Map<String, Integer> acceptedByOperation = new TreeMap<>();
        int sent = 0, accepted = 0, stateChecks = 0;
        for (List<Case> group : groups) {
            Map<String, String> before = snapshot();
            List<Case> refused = new ArrayList<>();
            boolean anyAccepted = false;
            for (Case c : group) {
                HttpResponse<String> r = send(c);
                sent++;
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                String wrong = check(c, r, titles);
                if (wrong != null) failures.add(c + ": " + wrong);
                if (r.statusCode() < 400) {
                    anyAccepted = true;
                    accepted++;
                    acceptedByOperation.merge(c.operation() + " [" + c.kind() + "]", 1, Integer::sum);
                } else {
                    refused.add(c);
                }
            }
            if (db == null) continue;
            if (!anyAccepted) {
                stateChecks++;
                String diff = diff(before, snapshot());
                if (diff != null) failures.add(group.getFirst().operation() + ": refused requests changed " + diff);
            } else {
                // Something was let in: each refused request again, alone, between two snapshots.
                for (Case c : refused) {
                    Map<String, String> b = snapshot();
                    HttpResponse<String> r = send(c);
                    if (r.statusCode() < 400) continue;
                    stateChecks++;
                    String diff = diff(b, snapshot());
                    if (diff != null) failures.add(c + ": refused (" + r.statusCode() + ") but changed " + diff);
                }
            }
        }
        for (var e : titles.entrySet()) {
            if (!e.getKey().endsWith("|fr")) continue;
            Set<String> en = titles.get(e.getKey().replace("|fr", "|en"));
            if (en == null) continue;
            for (String t : e.getValue()) {
                if (en.contains(t)) failures.add("problem " + e.getKey() + " has the same title in French and English: " + t);
            }
        }
        return new Report(sent, byStatus, failures, accepted, stateChecks, acceptedByOperation);
    }

    /** Null when the answer is right for the case, else what is wrong with it. */
    private static String check(Case c, HttpResponse<String> r, Map<String, Set<String>> titles) {
        int status = r.statusCode();
        String body = r.body() == null ? "" : r.body();
        if (status >= 500) return "server error " + status + ": " + abbreviate(body);
        if (status < 400) return null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " is not a problem (Content-Type " + type + "): " + abbreviate(body);
        }
        Map<String, Object> problem;
        try {
            problem = Json.object(Json.parse(body));
        } catch (RuntimeException e) {
            return status + " problem is not JSON: " + abbreviate(body);
        }
        if (!Objects.equals(((Number) problem.getOrDefault("status", 0)).intValue(), status)) {
            return "problem's status " + problem.get("status") + " is not the answer's " + status;
        }
        Object detail = problem.get("detail");
        Object title = problem.get("title");
        if (!(detail instanceof String d) || d.isBlank() || !(title instanceof String t) || t.isBlank()) {
            return status + " problem without title or detail: " + abbreviate(body);
        }
        if (d.matches("[a-z]+(\\.[a-z0-9-]+)+") || t.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
            return status + " problem with an untranslated message key: " + abbreviate(body);
        }
        titles.computeIfAbsent(problem.get("type") + "|" + c.language(), k -> new TreeSet<>()).add(t);
        if (status == 400 && c.field() != null && String.valueOf(problem.get("type")).endsWith("/invalid-input")) {
            // the field, or another field of the same body that is wrong first, is named
            if (!body.contains(c.field()) && !(problem.get("errors") instanceof List<?> errors && !errors.isEmpty())) {
                return "400 does not name the field " + c.field() + ": " + abbreviate(body);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ------------------------------------------------------------------------------------------------ cases

    private List<Case> cases(String method, String template, Map<String, Object> operation) {
        String op = method + " " + template;
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Object p : Json.array(operation.getOrDefault("parameters", List.of()))) parameters.add(Json.object(p));
        Map<String, Object> requestBody = operation.containsKey("requestBody") ? Json.object(operation.get("requestBody")) : null;
        Map<String, Object> schema = null;
        String declaredType = null;
        if (requestBody != null) {
            Map<String, Object> content = Json.object(requestBody.get("content"));
            declaredType = content.keySet().iterator().next();
            Object s = Json.object(content.get(declaredType)).get("schema");
            schema = s == null ? null : resolve(Json.object(s));
        }
        boolean json = declaredType == null || declaredType.contains("json");
        boolean hasBody = !method.equals("GET") && !method.equals("DELETE");

        Map<String, String> goodPath = new LinkedHashMap<>();
        Map<String, String> goodQuery = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters) {
            String in = (String) p.get("in");
            Map<String, Object> ps = resolve(Json.object(p.getOrDefault("schema", Map.of())));
            if (in.equals("path")) goodPath.put((String) p.get("name"), "999999999".equals(sample(ps)) ? "999999999" : sample(ps));
            if (in.equals("query") && Boolean.TRUE.equals(p.get("required"))) goodQuery.put((String) p.get("name"), sample(ps));
        }
        Object goodBody = schema == null ? null : example(schema, 0);
        String goodJson = goodBody == null ? "{}" : Json.write(goodBody);
        String bodyType = json ? "application/json" : declaredType;
        byte[] goodBytes = hasBody ? (json ? goodJson : "fuzz").getBytes(StandardCharsets.UTF_8) : null;

        List<Case> cases = new ArrayList<>();
        // bad ids and path values
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            Map<String, Object> ps = resolve(Json.object(p.getOrDefault("schema", Map.of())));
            switch ((String) p.get("in")) {
                case "path" -> {
                    for (String bad : badPathValues(ps)) {
                        Map<String, String> path = new LinkedHashMap<>(goodPath);
                        path.put(name, bad);
                        cases.add(new Case(op, method, url(template, path, goodQuery), hasBody ? bodyType : null, goodBytes,
                                null, "path", language()));
                    }
                }
                case "query" -> {
                    for (String bad : badQueryValues(ps)) {
                        Map<String, String> query = new LinkedHashMap<>(goodQuery);
                        query.put(name, bad);
                        cases.add(new Case(op, method, url(template, goodPath, query), hasBody ? bodyType : null, goodBytes,
                                name, "query", language()));
                    }
                }
                default -> { }
            }
        }
        String good = url(template, goodPath, goodQuery);
        Map<String, String> unknownQuery = new LinkedHashMap<>(goodQuery);
        unknownQuery.put("unknown", "1");
        cases.add(new Case(op, method, url(template, goodPath, unknownQuery), hasBody ? bodyType : null, goodBytes, null,
                "unknown-query", language()));
        if (!hasBody) return cases;

        // whole bodies: malformed, truncated, wrong shapes, bad bytes, wrong content types
        List<byte[]> wholes = new ArrayList<>(List.of(bytes(""), bytes("{"), bytes("{\"a\":"), bytes("null"), bytes("[]"),
                bytes("\"text\""), bytes("42"), bytes("{}}"), bytes("{'single': 'quotes'}"),
                bytes("[".repeat(5000) + "]".repeat(5000)), bytes("{\"a\":\"" + HUGE + HUGE + HUGE + "\"}"),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {'{', 0, '}'}));
        if (goodJson.length() > 2) {
            wholes.add(bytes(goodJson.substring(0, goodJson.length() / 2)));
            wholes.add(bytes(goodJson.substring(0, goodJson.length() - 1)));
            wholes.add(bytes(goodJson.replace(":", ":\u0000")));
        }
        for (byte[] b : wholes) cases.add(new Case(op, method, good, bodyType, b, null, "body", language()));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "image/png", "")) {
            if (type.equals(declaredType)) continue;
            cases.add(new Case(op, method, good, type, type.isEmpty() ? new byte[0] : goodBytes, null, "content-type", language()));
        }
        cases.add(new Case(op, method, good, null, goodBytes, null, "no-content-type", language()));
        if (!json || !(goodBody instanceof Map<?, ?> object)) return cases;

        // field by field
        @SuppressWarnings("unchecked") Map<String, Object> props = schema.get("properties") == null ? Map.of()
                : Json.object(schema.get("properties"));
        for (var e : props.entrySet()) {
            String field = e.getKey();
            Map<String, Object> fs = resolve(Json.object(e.getValue()));
            for (Object bad : badValues(fs)) {
                @SuppressWarnings("unchecked") Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) object);
                b.put(field, bad);
                cases.add(new Case(op, method, good, bodyType, bytes(Json.write(b)), field, "field", language()));
            }
            @SuppressWarnings("unchecked") Map<String, Object> missing = new LinkedHashMap<>((Map<String, Object>) object);
            missing.remove(field);
            cases.add(new Case(op, method, good, bodyType, bytes(Json.write(missing)), null, "missing", language()));
        }
        @SuppressWarnings("unchecked") Map<String, Object> unknown = new LinkedHashMap<>((Map<String, Object>) object);
        unknown.put("unknownField", "x");
        cases.add(new Case(op, method, good, bodyType, bytes(Json.write(unknown)), null, "unknown-field", language()));
        return cases;
    }

    private String language() {
        return random.nextBoolean() ? "fr" : "en";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> badPathValues(Map<String, Object> schema) {
        List<String> values = new ArrayList<>(List.of("0", "-1", "999999999", "99999999999999999999999", "abc", "1.5",
                "%00", "%27%20OR%20%271%27%3D%271", "%C3%28", "%FF%FE", "%20", "1e3"));
        values.add("x".repeat(2000));
        return values;
    }

    private static List<String> badQueryValues(Map<String, Object> schema) {
        return List.of("", "abc", "-1", "0", "99999999999999999999999", "2007-02-30", "2007-13-01", "99999-01-01",
                "%00", "%C3%28", "%27%3B%20DROP%20TABLE%20member%3B--", "true%00", "x".repeat(2000), "1.5", "NaN");
    }

    /** Bad values for one JSON property, by its schema. */
    private List<Object> badValues(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(Map.of("nested", 1));
        values.add(List.of(1, "two"));
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("abc", "", -1, 0, -9223372036854775808L,
                    new java.math.BigInteger("99999999999999999999999999"), new java.math.BigDecimal("1e400"),
                    new java.math.BigDecimal("-0.000000000000000000001"), 1.5, true, "1' OR '1'='1"));
            case "boolean" -> values.addAll(List.of("maybe", 2, "", "\u0000"));
            case "array" -> values.addAll(List.of("not a list", 1, Arrays.asList((Object) null),
                    List.of(Map.of("x", HUGE))));
            default -> {
                values.addAll(List.of(HUGE, "", " ", 1, true, -1));
                values.addAll(INJECTIONS);
                if (format.equals("date")) values.addAll(List.of("2007-02-30", "2007-13-01", "0000-00-00",
                        "99999-01-01", "-2007-01-01", "2007-6-1", "15/06/2007", "2007-06-15T12:00:00Z"));
                if (format.equals("date-time")) values.addAll(List.of("2007-02-30T10:00:00Z", "2007-06-15T25:61:00Z",
                        "2007-06-15", "+999999999-12-31T23:59:59Z"));
                if (schema.get("enum") != null) values.addAll(List.of("NOT_A_VALUE", "value"));
            }
        }
        return values;
    }

    /** A plausible value for a schema, so that each mutation is the one wrong thing in its body. */
    private Object example(Map<String, Object> schema, int depth) {
        schema = resolve(schema);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) return values.getFirst();
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (schema.get("properties") != null || type.equals("object")) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth > 4 || schema.get("properties") == null) return object;
            for (var e : Json.object(schema.get("properties")).entrySet()) {
                object.put(e.getKey(), example(Json.object(e.getValue()), depth + 1));
            }
            return object;
        }
        return switch (type) {
            case "integer" -> 999999999;
            case "number" -> new java.math.BigDecimal("1.00");
            case "boolean" -> false;
            case "array" -> depth > 4 ? List.of() : List.of(example(Json.object(schema.getOrDefault("items", Map.of())), depth + 1));
            default -> switch (format) {
                case "date" -> "1900-01-01";
                case "date-time" -> "1900-01-01T00:00:00Z";
                case "email" -> "fuzz@example.invalid";
                default -> "fuzz";
            };
        };
    }

    private String sample(Map<String, Object> schema) {
        Object v = example(schema, 5);
        return v instanceof Map || v instanceof List ? "1" : String.valueOf(v);
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) return resolve(Json.object(all.getFirst()));
            return schema;
        }
        String name = String.valueOf(ref).substring("#/components/schemas/".length());
        return resolve(Json.object(Json.object(Json.object(doc.get("components")).get("schemas")).get(name)));
    }

    private static String url(String template, Map<String, String> path, Map<String, String> query) {
        String u = template;
        for (var e : path.entrySet()) u = u.replace("{" + e.getKey() + "}", e.getValue());
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            for (var e : query.entrySet()) {
                q.append(q.isEmpty() ? "?" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        // values already percent-encoded where they carry bytes that must arrive as such
                        .append(e.getValue().contains("%") ? e.getValue() : URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            u += q;
        }
        return u;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private HttpResponse<String> send(Case c) throws Exception {
        return send(c.method(), c.path(), c.contentType(), c.body(), c.language());
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, String language)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (contentType != null && !contentType.isEmpty()) b.header("Content-Type", contentType);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------ state

    /** Each table's row count and an order-free hash of its rows (null without a database). */
    private Map<String, String> snapshot() throws SQLException {
        return snapshot(db);
    }

    /** Each table's row count and an order-free hash of its rows, but for the tables and columns that change by themselves. */
    public static Map<String, String> snapshot(Connection db) throws SQLException {
        if (db == null) return Map.of();
        Map<String, String> state = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
        }
        for (String table : tables) {
            if (VOLATILE_TABLES.contains(table.toLowerCase(Locale.ROOT))) continue;
            Set<String> background = BACKGROUND_COLUMNS.getOrDefault(table.toLowerCase(Locale.ROOT), Set.of());
            long count = 0, hash = 0;
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    count++;
                    long row = 17;
                    for (int i = 1; i <= columns; i++) {
                        String column = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (VOLATILE_COLUMNS.contains(column) || background.contains(column)) continue;
                        Object v = rs.getObject(i);
                        row = row * 31 + (v instanceof byte[] bytes ? Arrays.hashCode(bytes) : String.valueOf(v).hashCode());
                    }
                    hash += row * 0x9E3779B97F4A7C15L;
                }
            }
            state.put(table, count + ":" + Long.toHexString(hash));
        }
        return state;
    }

    /** The tables that differ between two snapshots, or null. */
    public static String diff(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (var e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) changed.add(e.getKey() + " " + before.get(e.getKey()) + " → " + e.getValue());
        }
        return changed.isEmpty() ? null : String.join(", ", changed);
    }

    // ------------------------------------------------------------------------------------------------ JSON

    /** Just enough JSON for the OpenAPI document and the bodies: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            j.space();
            if (j.i != s.length()) throw new IllegalArgumentException("trailing characters at " + j.i);
            return v;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Object o) {
            if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw new IllegalArgumentException("not a JSON object: " + o);
        }

        static List<Object> array(Object o) {
            if (o instanceof List<?> l) return new ArrayList<>(l);
            throw new IllegalArgumentException("not a JSON array: " + o);
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (s.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        space();
                        String k = string();
                        space();
                        expect(':');
                        m.put(k, value());
                        space();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect('}');
                        return m;
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (s.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        space();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect(']');
                        return l;
                    }
                }
                case '"' -> { return string(); }
                default -> {
                    if (s.startsWith("true", i)) { i += 4; return true; }
                    if (s.startsWith("false", i)) { i += 5; return false; }
                    if (s.startsWith("null", i)) { i += 4; return null; }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    if (start == i) throw new IllegalArgumentException("unexpected " + c + " at " + i);
                    return new java.math.BigDecimal(s.substring(start, i));
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i);
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);
                }
            }
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(v, b);
            return b.toString();
        }

        private static void write(Object v, StringBuilder b) {
            switch (v) {
                case null -> b.append("null");
                case Map<?, ?> m -> {
                    b.append('{');
                    boolean first = true;
                    for (var e : m.entrySet()) {
                        if (!first) b.append(',');
                        first = false;
                        write(String.valueOf(e.getKey()), b);
                        b.append(':');
                        write(e.getValue(), b);
                    }
                    b.append('}');
                }
                case List<?> l -> {
                    b.append('[');
                    for (int k = 0; k < l.size(); k++) {
                        if (k > 0) b.append(',');
                        write(l.get(k), b);
                    }
                    b.append(']');
                }
                case String str -> {
                    b.append('"');
                    for (char c : str.toCharArray()) {
                        switch (c) {
                            case '"' -> b.append("\\\"");
                            case '\\' -> b.append("\\\\");
                            case '\n' -> b.append("\\n");
                            default -> {
                                if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                                else b.append(c);
                            }
                        }
                    }
                    b.append('"');
                }
                case java.math.BigDecimal d -> b.append(d.toString());
                default -> b.append(v);
            }
        }
    }
}
