package org.fourmiliere.members.web;

import org.fourmiliere.members.internal.EntryValidator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;

/**
 * The one validation of the registry's commands at the web edge: bean validation, then the rules of an entry.
 * The API adds the entry rules to its binders ({@link #addTo}) so that {@code @Valid @RequestBody} runs both;
 * a page validates the command its form converts to into the form's errors (same field names).
 */
@Component
class CommandChecks {

    private static final EntryValidator ENTRY_RULES = new EntryValidator();

    private final SpringValidatorAdapter beans;

    CommandChecks(jakarta.validation.Validator validator) {
        this.beans = new SpringValidatorAdapter(validator);
    }

    /** Adds the entry rules to a binder whose target is an entry command. */
    static void addTo(WebDataBinder binder) {
        if (binder.getTarget() != null && ENTRY_RULES.supports(binder.getTarget().getClass())) {
            binder.addValidators(ENTRY_RULES);
        }
    }

    /** Validates a form's command into the form's errors; a field that failed to bind gets no second error. */
    <T> T check(T command, BindingResult errors) {
        beans.validate(command, errors);
        if (ENTRY_RULES.supports(command.getClass())) ENTRY_RULES.validate(command, errors);
        return command;
    }
}
