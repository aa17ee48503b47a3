package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.internal.AccessRule.Access;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.Public;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class RouteAccessTest {

    @Allowed(Permission.VIEW_DIRECTORY)
    static class Registry {
        void list() {}
        @Allowed(Permission.MANAGE_MEMBERS) void newForm() {}
        @Allowed(Permission.MANAGE_MEMBERS) void create() {}
        @Public void publicList() {}
        @AnySignedIn void mine() {}
    }

    static class Unsaid {
        void forgotten() {}
        @Public void said() {}
    }

    static class Twice {
        @Public @AnySignedIn void confused() {}
    }

    /** Stands for a controller of a library: not the application's, so it may say nothing. */
    static class Library {
        void page() {}
    }

    private final Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();

    private void map(Object controller, String method, RequestMethod http, String... patterns) {
        try {
            var info = http == null ? RequestMappingInfo.paths(patterns).build()
                    : RequestMappingInfo.paths(patterns).methods(http).build();
            handlers.put(info, new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private List<AccessRule> derive() {
        return RouteAccess.derive(handlers, type -> type != Library.class);
    }

    @Test
    void theMethodSaysWhoMayCallElseItsClass() {
        map(new Registry(), "list", RequestMethod.GET, "/members");
        map(new Registry(), "create", RequestMethod.POST, "/members");
        map(new Registry(), "publicList", RequestMethod.GET, "/members/public", "/api/v1/members/public");
        map(new Registry(), "mine", null, "/members/me");

        assertThat(derive()).containsExactlyInAnyOrder(
                new AccessRule(HttpMethod.GET, "/members", Access.holding(Permission.VIEW_DIRECTORY)),
                new AccessRule(HttpMethod.POST, "/members", Access.holding(Permission.MANAGE_MEMBERS)),
                new AccessRule(HttpMethod.GET, "/members/public", Access.PUBLIC),
                new AccessRule(HttpMethod.GET, "/api/v1/members/public", Access.PUBLIC),
                new AccessRule(null, "/members/me", Access.SIGNED_IN));
    }

    @Test
    void aHandlerThatSaysNothingStopsTheStartUp() {
        map(new Unsaid(), "said", RequestMethod.GET, "/said");
        map(new Unsaid(), "forgotten", RequestMethod.POST, "/forgotten");

        assertThatThrownBy(this::derive).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unsaid#forgotten").hasMessageNotContaining("Unsaid#said");
    }

    @Test
    void aHandlerThatSaysTwoThingsStopsTheStartUp() {
        map(new Twice(), "confused", RequestMethod.GET, "/confused");

        assertThatThrownBy(this::derive).isInstanceOf(IllegalStateException.class).hasMessageContaining("Twice#confused");
    }

    @Test
    void twoHandlersOfOneRouteMustAgree() {
        map(new Registry(), "list", RequestMethod.GET, "/members");
        handlers.put(RequestMappingInfo.paths("/members").methods(RequestMethod.GET).params("format=csv").build(),
                handlerOf(new Registry(), "publicList"));

        assertThatThrownBy(this::derive).isInstanceOf(IllegalStateException.class).hasMessageContaining("contradicts");
    }

    @Test
    void handlersOfLibrariesAreLeftToTheFixedRules() {
        map(new Library(), "page", RequestMethod.GET, "/v3/api-docs.yaml");

        assertThat(derive()).isEmpty();
    }

    @Test
    void theMostSpecificRuleComesFirst() {
        map(new Registry(), "list", RequestMethod.GET, "/members/{id}");
        map(new Registry(), "newForm", RequestMethod.GET, "/members/new");
        map(new Registry(), "mine", null, "/members/new");
        map(new Registry(), "publicList", RequestMethod.GET, "/members/**");
        List<AccessRule> rules = new ArrayList<>(derive());
        rules.addAll(RouteAccess.OUTSIDE_CONTROLLERS);

        List<String> order = RouteAccess.ordered(rules).stream()
                .filter(r -> r.pattern().startsWith("/members")).map(AccessRule::toString).toList();

        assertThat(order).containsExactly(
                "GET /members/new -> MANAGE_MEMBERS",
                "ANY /members/new -> any signed-in account",
                "GET /members/{id} -> VIEW_DIRECTORY",
                "GET /members/** -> public");
    }

    private static HandlerMethod handlerOf(Object controller, String method) {
        try {
            return new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
