package org.fourmiliere.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A small HTTP client for API tests: real requests to the running application, as a script would send. */
public final class Api {

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;
    private String language;

    public Api(int port) {
        this("http://localhost:" + port);
    }

    private Api(String base) {
        this.base = base;
    }

    public Api bearer(String token) {
        Api a = copy();
        a.authorization = "Bearer " + token;
        return a;
    }

    public Api basic(String email, String password) {
        Api a = copy();
        a.authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return a;
    }

    public Api language(String lang) {
        Api a = copy();
        a.language = lang;
        return a;
    }

    private Api copy() {
        Api a = new Api(base);
        a.authorization = authorization;
        a.language = language;
        return a;
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json", null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json", null);
    }

    public Response post(String path, String json, String idempotencyKey) {
        return send("POST", path, json, "application/json", idempotencyKey);
    }

    public Response postText(String path, String text) {
        return send("POST", path, text, "text/plain", null);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, "application/json", null);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json", null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json", null);
    }

    public Response send(String method, String path, String body, String contentType, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*");
        if (body != null) b.header("Content-Type", contentType + "; charset=utf-8");
        if (authorization != null) b.header("Authorization", authorization);
        if (language != null) b.header("Accept-Language", language);
        if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
