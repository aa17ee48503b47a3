package org.fourmiliere.accounts.internal;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.internal.AccessRule.Access;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.Public;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access rules of every route, read from the controllers: each handler of the application says who may call
 * it with {@link Allowed @Allowed}, {@link Public @Public} or {@link AnySignedIn @AnySignedIn}, on the method or
 * else on its class. Each pattern and method of its mapping becomes one rule. A handler that says nothing, says
 * two things, or shares a route with a handler that says something else stops the start-up: no route is ever
 * open by omission. Routes served outside the controllers (static files, health, the OpenAPI documents, errors)
 * keep the fixed rules below; anything else needs a signed-in account.
 */
@Component
class RouteAccess {

    static final List<AccessRule> OUTSIDE_CONTROLLERS = List.of(
            AccessRule.get("/error", Access.PUBLIC),
            AccessRule.get("/webjars/**", Access.PUBLIC),
            AccessRule.get("/css/**", Access.PUBLIC),
            AccessRule.get("/js/**", Access.PUBLIC),
            AccessRule.get("/favicon.ico", Access.PUBLIC),
            AccessRule.get("/favicon.svg", Access.PUBLIC),
            AccessRule.get("/actuator/health", Access.PUBLIC),
            AccessRule.get("/actuator/health/**", Access.PUBLIC),
            AccessRule.get("/actuator/prometheus", Access.holding(Permission.ADMINISTER)),
            AccessRule.get("/v3/api-docs", Access.PUBLIC),
            AccessRule.get("/v3/api-docs/**", Access.PUBLIC),
            AccessRule.get("/v3/api-docs.yaml", Access.PUBLIC),
            AccessRule.get("/swagger-ui.html", Access.PUBLIC),
            AccessRule.get("/swagger-ui/**", Access.PUBLIC));

    private final List<AccessRule> rules;

    RouteAccess(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, BeanFactory beans) {
        List<String> packages = AutoConfigurationPackages.get(beans);
        Predicate<Class<?>> ours = type -> packages.stream().anyMatch(p -> type.getName().startsWith(p + "."));
        List<AccessRule> all = new ArrayList<>(OUTSIDE_CONTROLLERS);
        all.addAll(derive(mappings.getHandlerMethods(), ours));
        this.rules = ordered(all);
    }

    /** Every rule, most specific first: the order in which they are applied. */
    List<AccessRule> rules() {
        return rules;
    }

    /** The rules of the handlers whose class {@code ours} accepts; fails on a handler that does not say who may call it. */
    static List<AccessRule> derive(Map<RequestMappingInfo, HandlerMethod> handlers, Predicate<Class<?>> ours) {
        Map<String, AccessRule> rules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            if (!ours.test(handler.getBeanType())) return;
            String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
            Access access;
            try {
                access = accessOf(handler);
            } catch (IllegalStateException e) {
                problems.add(name + ": " + e.getMessage());
                return;
            }
            if (access == null) {
                problems.add(name + " " + info.getPatternValues() + ": no @Allowed, @Public or @AnySignedIn on the method or its class");
                return;
            }
            List<HttpMethod> methods = new ArrayList<>();
            for (RequestMethod m : info.getMethodsCondition().getMethods()) methods.add(HttpMethod.valueOf(m.name()));
            if (methods.isEmpty()) methods.add(null);
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : methods) {
                    AccessRule rule = new AccessRule(method, pattern, access);
                    AccessRule before = rules.putIfAbsent(rule.method() + " " + pattern, rule);
                    if (before != null && !before.access().equals(access)) {
                        problems.add(name + ": " + rule + " contradicts " + before + " of another handler");
                    }
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Routes that do not say who may call them:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(rules.values());
    }

    /** What the handler method says, else what its class says; {@code null} if neither says anything. */
    static Access accessOf(HandlerMethod handler) {
        Access onMethod = declared(handler.getMethod());
        return onMethod != null ? onMethod : declared(handler.getBeanType());
    }

    private static Access declared(AnnotatedElement element) {
        List<Access> found = new ArrayList<>();
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(element, Allowed.class);
        if (allowed != null) found.add(Access.holding(allowed.value()));
        if (AnnotatedElementUtils.hasAnnotation(element, Public.class)) found.add(Access.PUBLIC);
        if (AnnotatedElementUtils.hasAnnotation(element, AnySignedIn.class)) found.add(Access.SIGNED_IN);
        if (found.size() > 1) throw new IllegalStateException("several access annotations on " + element + ": " + found);
        return found.isEmpty() ? null : found.getFirst();
    }

    /**
     * Most specific first, as Spring MVC chooses between patterns (a literal segment before a variable, fewer
     * variables and wildcards before more), then one method before any method.
     */
    static List<AccessRule> ordered(Collection<AccessRule> rules) {
        Comparator<AccessRule> byPattern = Comparator.comparing(
                r -> PathPatternParser.defaultInstance.parse(r.pattern()), PathPattern.SPECIFICITY_COMPARATOR);
        return rules.stream()
                .sorted(byPattern.thenComparingInt((AccessRule r) -> r.method() == null ? 1 : 0)
                        .thenComparing(AccessRule::pattern)
                        .thenComparing(r -> r.method() == null ? "" : r.method().name()))
                .toList();
    }
}
