package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.fourmiliere.support.ApiFuzzer;
import org.fourmiliere.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.fourmiliere.support.IntegrationTest;

/**
 * Bad values posted to every form of the pages, as a browser-free client with a session and its CSRF token: the
 * routes and their fields are read from the handler mappings (each {@code @RequestParam}, each component of a form
 * record), so a new form is covered the day it exists. No answer is a server error, and a form that is not taken (any
 * answer but a redirect) changes no table.
 */
@IntegrationTest
class PageFormFuzzIT {

    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> BAD = List.of("", "%00", "a%00b", "%C3%28", "%FF", enc(HUGE), enc("'; DROP TABLE member; --"),
            enc("<script>alert(1)</script>"), "2007-02-30", "-1", "0", "99999999999999999999999", "abc", enc("1' OR '1'='1"),
            "NaN", "9999-99-99", enc("${jndi:ldap://127.0.0.1/x}"));
    private static final Set<String> SKIPPED = Set.of("/login", "/logout");

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired DataSource dataSource;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Form(String path, List<String> fields, boolean multipart) {}

    @Test
    void badValuesInEveryFormNoServerErrorAndNothingChangedByARefusedForm() throws Exception {
        String email = "form-fuzz-" + System.nanoTime() + "@test.local";
        accounts.create(email, "form-fuzz-password-1", null, "fr", true, false);
        PageSession session = PageSession.signIn(port, email, "form-fuzz-password-1");
        String csrf = session.csrf("/");
        List<Form> forms = forms();
        assertThat(forms).as("page forms found").hasSizeGreaterThan(20);

        Random random = new Random(20);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int requests = 0, checks = 0;
        try (Connection db = dataSource.getConnection()) {
            for (Form form : forms) {
                List<String> bodies = new ArrayList<>(List.of("", "%%%", "_csrf", "=&=&"));
                for (String field : form.fields()) {
                    for (int i = 0; i < 2; i++) {
                        StringBuilder b = new StringBuilder();
                        for (String other : form.fields()) {
                            b.append(other).append('=').append(other.equals(field) ? BAD.get(random.nextInt(BAD.size())) : "fuzz").append('&');
                        }
                        bodies.add(b.toString());
                    }
                }
                for (String body : bodies) {
                    Map<String, String> before = ApiFuzzer.snapshot(db);
                    String full = body + (body.isEmpty() || body.endsWith("&") ? "" : "&") + "_csrf=" + enc(csrf);
                    PageSession.Page page = session.raw("POST", form.path(), "application/x-www-form-urlencoded",
                            full.getBytes(StandardCharsets.ISO_8859_1));
                    requests++;
                    byStatus.merge(page.status(), 1, Integer::sum);
                    String shown = "POST " + form.path() + " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
                    if (page.status() >= 500) failures.add(shown + ": server error " + page.status());
                    if (page.status() == 302 && page.body().contains("/login")) failures.add(shown + ": session lost");
                    if (page.status() != 302 && page.status() < 500) {
                        checks++;
                        String diff = ApiFuzzer.diff(before, ApiFuzzer.snapshot(db));
                        if (diff != null) failures.add(shown + ": answered " + page.status() + " but changed " + diff);
                    }
                }
                // a form body of the wrong type
                PageSession.Page wrong = session.raw("POST", form.path(), "text/plain", "_csrf=x".getBytes(StandardCharsets.UTF_8));
                requests++;
                byStatus.merge(wrong.status(), 1, Integer::sum);
                if (wrong.status() >= 500) failures.add("POST " + form.path() + " as text/plain: server error " + wrong.status());
            }
        }
        String summary = requests + " form posts, by status " + byStatus + ", " + checks + " state checks";
        assertThat(failures).as(summary).isEmpty();
        assertThat(checks).as(summary).isPositive();
    }

    @Test
    void everyFormWithoutItsCsrfTokenIsRefused() {
        String email = "csrf-" + System.nanoTime() + "@test.local";
        accounts.create(email, "csrf-password-1", null, "en", true, false);
        PageSession session = PageSession.signIn(port, email, "csrf-password-1");
        session.csrf("/"); // a page with a form was shown, as in a browser: the session holds its token
        List<String> taken = new ArrayList<>();
        List<Form> forms = forms();
        for (Form form : forms) {
            StringBuilder b = new StringBuilder();
            for (String field : form.fields()) b.append(field).append("=fuzz&");
            PageSession.Page page = session.raw("POST", form.path(), "application/x-www-form-urlencoded",
                    b.toString().getBytes(StandardCharsets.UTF_8));
            if (page.status() != 403) taken.add("POST " + form.path() + " without a CSRF token: " + page.status());
        }
        assertThat(forms).hasSizeGreaterThan(20);
        assertThat(taken).isEmpty();
    }

    /** Every POST route of the pages, with bad ids in its path and the names of the fields its handler reads. */
    private List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        var names = new DefaultParameterNameDiscoverer();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().isAnnotationPresent(Controller.class)) return;
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) return;
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/error") || SKIPPED.contains(pattern)) continue;
                Set<String> fields = new LinkedHashSet<>();
                for (MethodParameter p : handler.getMethodParameters()) {
                    p.initParameterNameDiscovery(names);
                    RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                    if (p.hasParameterAnnotation(PathVariable.class)) continue;
                    if (rp != null) {
                        String n = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                        if (n != null) fields.add(n);
                    } else if (p.getParameterType().isRecord()) {
                        for (RecordComponent c : p.getParameterType().getRecordComponents()) fields.add(c.getName());
                    } else if (!BeanUtils.isSimpleProperty(p.getParameterType()) && p.getParameterType().getName().startsWith("org.fourmiliere")) {
                        for (var d : BeanUtils.getPropertyDescriptors(p.getParameterType())) {
                            if (d.getWriteMethod() != null) fields.add(d.getName());
                        }
                    }
                }
                boolean multipart = handler.getMethodParameters().length > 0 && java.util.Arrays.stream(handler.getMethodParameters())
                        .anyMatch(p -> p.getParameterType().getName().contains("MultipartFile"));
                String path = pattern.replaceAll("\\{[^}]+}", "999999999");
                forms.add(new Form(path, new ArrayList<>(fields), multipart));
                // the same form with a bad id in its path
                if (!path.equals(pattern)) forms.add(new Form(pattern.replaceAll("\\{[^}]+}", "-1"), new ArrayList<>(fields), multipart));
            }
        });
        return forms;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
