package org.fourmiliere.members.internal;

import org.fourmiliere.members.internal.MemberCommands.EntryCommand;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an entry ({@link MemberRules#violations}) as a Spring validator, so that a command's every
 * broken rule lands on its field next to the bean-validation errors. A field that already has an error (an
 * unknown kind, say) gets no second one.
 */
public final class EntryValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return EntryCommand.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EntryCommand command = (EntryCommand) target;
        for (MemberRules.Violation v : MemberRules.violations(command.details())) {
            if (v.field() == null) {
                errors.reject(v.key(), v.args(), v.key());
                continue;
            }
            String field = command.fieldNames().getOrDefault(v.field(), v.field());
            if (!errors.hasFieldErrors(field)) errors.rejectValue(field, v.key(), v.args(), v.key());
        }
    }
}
