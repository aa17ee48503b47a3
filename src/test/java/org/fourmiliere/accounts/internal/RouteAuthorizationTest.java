package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fourmiliere.accounts.Permission;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class RouteAuthorizationTest {

    private static final List<AccessRule> RULES = RouteAccess.ordered(List.of(
            new AccessRule(HttpMethod.GET, "/api/v1/members/{id}", AccessRule.Access.holding(Permission.VIEW_DIRECTORY)),
            new AccessRule(HttpMethod.PATCH, "/api/v1/members/{id}", AccessRule.Access.holding(Permission.MANAGE_MEMBERS)),
            new AccessRule(HttpMethod.GET, "/api/v1/time-entries", AccessRule.Access.holding(Permission.TRACK_TIME)),
            new AccessRule(HttpMethod.GET, "/login", AccessRule.Access.PUBLIC),
            new AccessRule(HttpMethod.GET, "/{year}", AccessRule.Access.holding(Permission.READ_BOOKS))));

    private final RouteAuthorization authorization = new RouteAuthorization(RULES);

    @Test
    void theLeadingLiteralSegmentsPickTheCandidates() {
        assertThat(RouteAuthorization.prefix("/api/v1/members/{id}", true)).isEqualTo("/api/v1/members");
        assertThat(RouteAuthorization.prefix("/api/v1/members/12", false)).isEqualTo("/api/v1/members");
        assertThat(RouteAuthorization.prefix("/members/{id}/edit", true)).isEqualTo("/members");
        assertThat(RouteAuthorization.prefix("/api/v1/{kind}", true)).as("a variable: a candidate everywhere").isNull();
        assertThat(RouteAuthorization.prefix("/{year}", true)).isNull();
        assertThat(RouteAuthorization.prefix("/api/v1", true)).isNull();
        assertThat(RouteAuthorization.prefix("/", false)).isNull();
    }

    @Test
    void eachRequestIsDecidedByTheMostSpecificRuleThatMatches() {
        assertThat(granted("GET", "/api/v1/members/12", "PERM_VIEW_DIRECTORY")).isTrue();
        assertThat(granted("GET", "/api/v1/members/12")).isFalse();
        assertThat(granted("PATCH", "/api/v1/members/12", "PERM_VIEW_DIRECTORY")).isFalse();
        assertThat(granted("PATCH", "/api/v1/members/12", "PERM_MANAGE_MEMBERS")).isTrue();
        assertThat(granted("GET", "/api/v1/time-entries", "PERM_VIEW_DIRECTORY")).isFalse();
        assertThat(granted("GET", "/2031", "PERM_TRACK_TIME")).as("a rule that starts with a variable").isFalse();
        assertThat(granted("GET", "/2031", "PERM_READ_BOOKS")).isTrue();
        assertThat(granted("GET", "/anything/else")).as("no rule: any signed-in account").isTrue();
    }

    @Test
    void aPathThatNoPrefixKnowsIsCheckedAgainstEveryRuleAndOpensNothing() {
        assertThat(granted("GET", "/api/v1/%6Dembers/12")).as("encoded, still the members' rule").isFalse();
        assertThat(granted("GET", "/api/v1/%6Dembers/12", "PERM_VIEW_DIRECTORY")).isTrue();
        assertThat(granted("GET", "/api/v1/members;x=1/12")).as("a matrix parameter").isFalse();
    }

    private boolean granted(String method, String uri, String... authorities) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        Authentication who = new TestingAuthenticationToken("someone", "secret", authorities);
        who.setAuthenticated(true);
        return authorization.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
    }
}
