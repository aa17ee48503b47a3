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
        return new BCryptPasswordEncoder(cost);
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
                .authorizeHttpRequests(a -> a.anyRequest().access(new RouteAuthorization(routes.rules())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, RouteAccess routes, AccountService accounts,
                                  StatusService statuses, StatusCache cache, ProblemWriter problems) throws Exception {
        http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .addFilterBefore(new AccountRefreshFilter(accounts, statuses, cache, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/error/**").permitAll();
                    a.anyRequest().access(new RouteAuthorization(routes.rules()));
                });
        return http.build();
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
