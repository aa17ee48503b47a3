package org.fourmiliere.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * Exceptions that domain code throws for the web layer to turn into a translated message (pages) or an
 * RFC 9457 problem (API). Each carries a message key from the bundles and its arguments.
 */
public final class Problems {

    private Problems() {}

    /**
     * Base: a message key and its arguments, and optionally the field it concerns. It is itself a
     * {@link MessageSourceResolvable}: {@code messages.getMessage(e, locale)} gives the text in the reader's language.
     */
    public abstract static class DomainException extends RuntimeException implements MessageSourceResolvable {
        private final String messageKey;
        private final Object[] args;
        private final String field;

        protected DomainException(String field, String messageKey, Object... args) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() { return messageKey; }
        public Object[] args() { return args; }
        public String field() { return field; }

        @Override public String[] getCodes() { return new String[] {messageKey}; }
        @Override public Object[] getArguments() { return args; }
        @Override public String getDefaultMessage() { return messageKey; }
    }

    /** The input breaks a rule (400). */
    public static class InvalidInput extends DomainException {
        public InvalidInput(String field, String messageKey, Object... args) { super(field, messageKey, args); }
    }

    /** The input clashes with what exists: a duplicate, an overlap, a stale version (409). */
    public static class Conflict extends DomainException {
        public Conflict(String field, String messageKey, Object... args) { super(field, messageKey, args); }
    }

    /** The thing asked for does not exist (404). */
    public static class NotFound extends DomainException {
        public NotFound(String messageKey, Object... args) { super(null, messageKey, args); }
    }
}
