package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.internal.AccessRule.Access;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The whole matrix of routes × statuses: every route the application serves is called by an anonymous
 * visitor, by an account with no status, and by an account holding each status alone — signed in (a session), and,
 * on the API, with a personal access token of that same account; a revoked and an expired token are anonymous.
 * Each answer must be what the route's access rule and {@link Permission} say — refused (401/redirect to sign-in, or
 * 403) or let through — and no call may end in a server error. A route that no rule covers fails the test (and the
 * start-up: {@code RouteAccessTest.aHandlerThatSaysNothingStopsTheStartUp}).
 */
@IntegrationTest
class AccessMatrixIT {

    private static final String ID = "999999999";

    @Autowired WebApplicationContext context;
    @Autowired RouteAccess routeAccess;
    @Autowired AccountService accounts;
    @Autowired TokenService tokens;
    @Autowired org.fourmiliere.support.TestClock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String pattern, String path) {}

    /** Who calls: nobody, a signed-in account, or (token not null) a bearer of that account's token. */
    record Subject(String name, Long accountId, Set<Status> statuses, String token) {
        Subject(String name, Long accountId, Set<Status> statuses) {
            this(name, accountId, statuses, null);
        }
    }

    @Test
    void everyRouteAnswersEveryStatusAsItsRuleSays() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<AccessRule> ordered = routeAccess.rules();
        List<Subject> subjects = subjects();
        List<Route> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThan(5);

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            Access access = ruleFor(ordered, route);
            if (access == null) {
                wrong.add(route.method() + " " + route.pattern() + ": no access rule covers this route");
                continue;
            }
            for (Subject subject : subjects) {
                if (subject.token() != null && !route.path().startsWith("/api/")) continue;
                String outcome;
                try {
                    MockHttpServletResponse r = mvc.perform(request(route, subject)).andReturn().getResponse();
                    outcome = check(route, access, subject, r);
                } catch (Exception e) {
                    outcome = "server error: " + e.getMessage();
                }
                if (outcome != null) wrong.add(route.method() + " " + route.path() + " as " + subject.name() + ": " + outcome);
            }
        }
        assertThat(wrong).as("routes answering against their rule").isEmpty();
    }

    private List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("anonymous", null, Set.of()));
        long none = accounts.create("matrix-none-" + System.nanoTime() + "@test.local", "matrix-password-1", null, "en", false, false);
        subjects.add(new Subject("no status", none, Set.of()));
        long personId = TestStatuses.FIRST_ID + (System.nanoTime() % 1_000_000) * 100;
        for (Status status : Status.values()) {
            boolean admin = status == Status.ADMINISTRATOR;
            Long person = admin ? null : ++personId;
            if (person != null) TestStatuses.assign(person, EnumSet.of(status));
            long id = accounts.create("matrix-" + status.name().toLowerCase() + "-" + System.nanoTime() + "@test.local",
                    "matrix-password-1", person, "en", admin, false);
            subjects.add(new Subject(status.name(), id, EnumSet.of(status)));
            subjects.add(new Subject(status.name() + " (token)", id, EnumSet.of(status),
                    tokens.create(id, new AccountCommands.CreateToken("matrix")).token()));
        }
        long spent = accounts.create("matrix-spent-" + System.nanoTime() + "@test.local", "matrix-password-1", null, "en", true, false);
        var revoked = tokens.create(spent, new AccountCommands.CreateToken("revoked"));
        tokens.revoke(spent, revoked.info().id());
        subjects.add(new Subject("revoked token", null, Set.of(), revoked.token()));
        subjects.add(new Subject("unknown token", null, Set.of(), "fmt_" + "x".repeat(43)));
        return subjects;
    }

    private List<Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/error")) continue;
                String path = concrete(pattern);
                if (methods.isEmpty()) {
                    routes.putIfAbsent("GET " + path, new Route(HttpMethod.GET, pattern, path));
                } else {
                    for (var m : methods) {
                        routes.putIfAbsent(m.name() + " " + path, new Route(HttpMethod.valueOf(m.name()), pattern, path));
                    }
                }
            }
        });
        return new ArrayList<>(routes.values());
    }

    private static final java.util.regex.Pattern VARIABLE =
            java.util.regex.Pattern.compile("\\{\\*?\\w+(?::((?:[^{}]|\\{[^}]*})+))?}");

    /** The pattern with a value in each variable (an id, or a year where the variable's expression wants one). */
    static String concrete(String pattern) {
        var m = VARIABLE.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String regex = m.group(1);
            String value = regex == null || ID.matches(regex) ? ID : "2007".matches(regex) ? "2007" : "x";
            m.appendReplacement(b, value);
        }
        m.appendTail(b);
        return b.toString().replace("/**", "/x");
    }

    /** The access of the first rule matching the route, as the security configuration applies them. */
    static Access ruleFor(List<AccessRule> ordered, Route route) {
        for (AccessRule rule : ordered) {
            if (rule.method() != null && !rule.method().equals(route.method())) continue;
            if (PathPatternParser.defaultInstance.parse(rule.pattern()).matches(PathContainer.parsePath(route.path()))) {
                return rule.access();
            }
        }
        return null;
    }

    private MockHttpServletRequestBuilder request(Route route, Subject subject) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(route.method(), route.path()).with(csrf());
        boolean api = route.path().startsWith("/api/");
        if (api) {
            b.accept(MediaType.APPLICATION_JSON);
            if (route.method() != HttpMethod.GET && route.method() != HttpMethod.DELETE) {
                b.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (subject.token() != null) {
            b.header("Authorization", "Bearer " + subject.token());
        } else if (subject.accountId() != null) {
            var row = accounts.byId(subject.accountId()).orElseThrow();
            var principal = new SignedIn(row.id(), row.email(), row.personId(), row.language(), subject.statuses());
            b.with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of())));
        }
        return b;
    }

    /** Null when the answer fits the rule, else what is wrong. */
    private static String check(Route route, Access access, Subject subject, MockHttpServletResponse r) {
        int status = r.getStatus();
        if (status >= 500) return "server error " + status;
        if (subject.token() != null && subject.accountId() == null) {
            // a token that is not (or no longer) valid is refused even where nobody needs one
            return status == 401 || (access instanceof AccessRule.Public && status != 403) ? null
                    : "a bad token not refused (" + status + ")";
        }
        boolean api = route.path().startsWith("/api/");
        boolean refusedAnonymous = api ? status == 401
                : status == 302 && String.valueOf(r.getRedirectedUrl()).endsWith("/login");
        boolean refused = refusedAnonymous || status == 401 || status == 403;
        boolean allowed;
        if (access instanceof AccessRule.Public) {
            allowed = true;
        } else if (subject.accountId() == null) {
            allowed = false;
        } else if (access instanceof AccessRule.Holding(Permission permission)) {
            allowed = Permission.of(subject.statuses()).contains(permission);
        } else {
            allowed = true;
        }
        if (allowed && refused) return "refused (" + status + ") though " + access + " allows it";
        if (!allowed) {
            if (subject.accountId() == null && !refusedAnonymous) return "anonymous not refused (" + status + ")";
            if (subject.accountId() != null && status != 403) return "expected 403 for " + access + ", got " + status;
        }
        return null;
    }
}
