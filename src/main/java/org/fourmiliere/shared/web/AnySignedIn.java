package org.fourmiliere.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any signed-in account may call the route, whatever its statuses. On a controller class it covers every
 * handler; on a handler method it replaces what the class says (see {@code accounts.Allowed}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnySignedIn {}
