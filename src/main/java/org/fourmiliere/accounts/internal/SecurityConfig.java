package org.fourmiliere.accounts.internal;

import java.util.Comparator;
import java.util.List;
import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the JSON API (stateless; bearer tokens, or HTTP Basic to obtain a first token;
 * errors as problem details) and the pages (form sign-in, sessions in the database, CSRF). Which
 * permission a route needs comes from the modules' {@link AccessRules} beans; anything not listed needs
 * a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No tracing observation around the security filters, authentication and authorisation: it costs more per request than they do. */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return email -> accounts.byEmail(email)
                .map(row -> new AccountUserDetails(row, accounts.isLocked(row)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    AccessRules coreAccessRules() {
        return AccessRules.of(
                AccessRule.get("/login", AccessRule.PUBLIC),
                AccessRule.get("/error", AccessRule.PUBLIC),
                AccessRule.get("/webjars/**", AccessRule.PUBLIC),
                AccessRule.get("/css/**", AccessRule.PUBLIC),
                AccessRule.get("/js/**", AccessRule.PUBLIC),
                AccessRule.get("/favicon.ico", AccessRule.PUBLIC),
                AccessRule.get("/actuator/health", AccessRule.PUBLIC),
                AccessRule.get("/actuator/health/**", AccessRule.PUBLIC),
                AccessRule.get("/v3/api-docs", AccessRule.PUBLIC),
                AccessRule.get("/v3/api-docs/**", AccessRule.PUBLIC),
                AccessRule.get("/swagger-ui.html", AccessRule.PUBLIC),
                AccessRule.get("/swagger-ui/**", AccessRule.PUBLIC),
                AccessRule.any("/account/**", AccessRule.AUTHENTICATED),
                AccessRule.any("/api/v1/tokens/**", AccessRule.AUTHENTICATED),
                AccessRule.any("/api/v1/tokens", AccessRule.AUTHENTICATED),
                AccessRule.any("/admin/**", "PERM_ADMINISTER"),
                AccessRule.any("/api/v1/accounts/**", "PERM_ADMINISTER"),
                AccessRule.any("/api/v1/accounts", "PERM_ADMINISTER"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<AccessRules> rules, AccountService accounts,
                                 StatusService statuses, StatusCache cache, TokenService tokens, ProblemWriter problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
                    res.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"fourmiliere\"");
                    problems.write(req, res, 401, "unauthorized", e instanceof LockedException ? "login.locked" : "problem.unauthorized");
                }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            res.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"fourmiliere\"");
                            problems.write(req, res, 401, "unauthorized", "problem.unauthorized");
                        })
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden", "problem.forbidden")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(accounts, statuses, cache, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    apply(a, rules);
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<AccessRules> rules, AccountService accounts,
                                  StatusService statuses, StatusCache cache, ProblemWriter problems) throws Exception {
        http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .addFilterBefore(new AccountRefreshFilter(accounts, statuses, cache, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/error/**").permitAll();
                    apply(a, rules);
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    /** Most specific patterns first: no "**" before "**", longer before shorter, one method before any. */
    static List<AccessRule> ordered(List<AccessRules> rules) {
        return rules.stream().flatMap(r -> r.rules().stream())
                .sorted(Comparator.<AccessRule>comparingInt(r -> r.pattern().contains("**") ? 1 : 0)
                        .thenComparing(r -> -r.pattern().length())
                        .thenComparingInt(r -> r.method() == null ? 1 : 0))
                .toList();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
                              List<AccessRules> rules) {
        for (AccessRule rule : ordered(rules)) {
            var matcher = rule.method() == null ? a.requestMatchers(rule.pattern())
                    : a.requestMatchers(rule.method(), rule.pattern());
            switch (rule.permission()) {
                case AccessRule.PUBLIC -> matcher.permitAll();
                case AccessRule.AUTHENTICATED -> matcher.authenticated();
                default -> matcher.hasAuthority(rule.permission());
            }
        }
    }

    @Bean
    LoginThrottle loginThrottle(AccountService accounts) {
        return new LoginThrottle(accounts);
    }

    /** Counts failed sign-ins per account; {@link AccountService#recordFailure} locks after repeated ones. */
    static final class LoginThrottle {
        private final AccountService accounts;

        LoginThrottle(AccountService accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent e) {
            accounts.recordFailure(e.getAuthentication().getName());
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent e) {
            accounts.recordSuccess(e.getAuthentication().getName());
        }
    }
}
