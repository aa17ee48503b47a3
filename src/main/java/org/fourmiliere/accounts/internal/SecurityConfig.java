package org.fourmiliere.accounts.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
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
 * errors as problem details) and the pages (form sign-in, sessions in the database, CSRF). Who may call a
 * route is declared on its controller and read by {@link RouteAccess}; anything else needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No tracing observation around the security filters, authentication and authorisation: it costs more per request than they do. */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Passwords hashed with bcrypt at the configured cost (log2 of the rounds; 10 by default). A stored hash keeps its
     * own cost, so changing the setting affects only passwords set afterwards.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${fourmiliere.password-hash-cost:10}") int cost) {
        // New hashes are written "{bcrypt}…" at the configured cost; a hash without a prefix (written before) is a
        // bcrypt hash. A hash of another kind, or of a lower cost, is written again at the next successful sign-in
        // (see passwordUpgrades).
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
        java.util.Map<String, PasswordEncoder> encoders = new java.util.HashMap<>();
        encoders.put("bcrypt", bcrypt);
        encoders.put("pbkdf2@SpringSecurity_v5_8", org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        org.springframework.security.crypto.password.DelegatingPasswordEncoder delegating =
                new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
        delegating.setDefaultPasswordEncoderForMatches(bcrypt);
        return delegating;
    }

    /** Rewrites a password's hash with the current encoding when a sign-in shows it is outdated. */
    @Bean
    org.springframework.security.core.userdetails.UserDetailsPasswordService passwordUpgrades(AccountService accounts) {
        return (user, newHash) -> {
            accounts.upgradeHash(user.getUsername(), newHash);
            return org.springframework.security.core.userdetails.User.withUserDetails(user).password(newHash).build();
        };
    }

    /**
     * The Content-Security-Policy of every answer: scripts only from our own files (no inline script, no handler
     * attribute, no eval), styles from our files and inline style attributes, no framing by any site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                // written only on requests that came over TLS (directly, or through a proxy when forwarded headers are trusted)
                .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return email -> accounts.byEmail(email)
                .map(row -> new AccountUserDetails(row, accounts.isLocked(row)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, RouteAccess routes, AccountService accounts,
                                 StatusService statuses, StatusCache cache, TokenService tokens, ProblemWriter problems,
                                 SignInThrottle throttle) throws Exception {
        headers(http);
        http.securityMatcher("/api/**", "/actuator/prometheus")
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
                .addFilterBefore(new SignInThrottleFilter(throttle, problems, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(accounts, statuses, cache, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().access(new RouteAuthorization(routes.rules())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, RouteAccess routes, AccountService accounts,
                                  StatusService statuses, StatusCache cache, ProblemWriter problems,
                                  SignInThrottle throttle,
                                  @Value("${fourmiliere.session.absolute-timeout:PT12H}") java.time.Duration absolute) throws Exception {
        headers(http);
        var afterSignIn = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/");
        http.formLogin(f -> f.loginPage("/login").successHandler(afterSignIn)
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                // a new session id at sign-in (the one before it is worth nothing to whoever knew it); a request with a
                // session that has ended (idle, or too old) goes to the sign-in page, which says so
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"))
                .addFilterBefore(new SignInThrottleFilter(throttle, problems, false),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLimitFilter(absolute),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .addFilterBefore(new AccountRefreshFilter(accounts, statuses, cache, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/error/**").permitAll();
                    a.anyRequest().access(new RouteAuthorization(routes.rules()));
                });
        return http.build();
    }


    @Bean
    LoginThrottle loginThrottle(AccountService accounts, SignInThrottle throttle) {
        return new LoginThrottle(accounts, throttle);
    }

    /** Counts failed sign-ins per account; {@link AccountService#recordFailure} locks after repeated ones. */
    static final class LoginThrottle {
        private final AccountService accounts;
        private final SignInThrottle throttle;

        LoginThrottle(AccountService accounts, SignInThrottle throttle) {
            this.accounts = accounts;
            this.throttle = throttle;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent e) {
            accounts.recordFailure(e.getAuthentication().getName());
            throttle.failed(e.getAuthentication().getName(), address(e.getAuthentication().getDetails()));
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent e) {
            accounts.recordSuccess(e.getAuthentication().getName());
            throttle.succeeded(e.getAuthentication().getName());
        }

        private static String address(Object details) {
            return details instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        }
    }
}
