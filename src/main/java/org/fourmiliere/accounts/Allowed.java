package org.fourmiliere.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only accounts holding this permission may call the route. On a controller class it covers every handler;
 * on a handler method it replaces what the class says. Every handler of the application carries exactly one
 * of {@code @Allowed}, {@link org.fourmiliere.shared.web.Public @Public} or
 * {@link org.fourmiliere.shared.web.AnySignedIn @AnySignedIn}, on itself or on its class; start-up fails otherwise.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {
    Permission value();
}
