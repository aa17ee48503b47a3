package org.fourmiliere.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the sign-in form, as a browser would be, asking for pages and their htmx fragments
 * over plain HTTP: for tests of what a page or fragment says, without a browser.
 */
public final class PageSession {

    public record Page(int status, String body) {

        /** The body as a reader sees its characters: entities decoded, no-break spaces as spaces. */
        public String text() {
            return body.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&").replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in with the form; fails if the sign-in does not succeed. */
    public static PageSession signIn(int port, String email, String password) {
        PageSession s = new PageSession(port);
        Matcher m = CSRF.matcher(s.get("/login").body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        var r = s.send(HttpRequest.newBuilder(URI.create(s.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + r.statusCode() + " " + location);
        }
        return s;
    }

    /** A page or fragment, in the language asked ({@code ?lang=} is left to the caller). */
    public Page get(String path) {
        var r = send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
        return new Page(r.statusCode(), r.body());
    }

    /**
     * Posts a form as the page {@code from} would (its CSRF token added); the answer's status and, for a redirect,
     * its {@code Location} as the body.
     */
    public Page post(String from, String path, String form) {
        Matcher m = CSRF.matcher(get(from).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + from);
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(m.group(1));
        var r = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return new Page(r.statusCode(), r.statusCode() == 302 ? r.headers().firstValue("Location").orElse("") : r.body());
    }

    /** The CSRF token of the session, as the page {@code from} carries it in its forms. */
    public String csrf(String from) {
        Matcher m = CSRF.matcher(get(from).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + from);
        return m.group(1);
    }

    /** Any request with a raw body (already encoded as the content type says); the answer as {@link #post} gives it. */
    public Page raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        var r = send(b);
        return new Page(r.statusCode(), r.statusCode() == 302 ? r.headers().firstValue("Location").orElse("") : r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request failed", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
