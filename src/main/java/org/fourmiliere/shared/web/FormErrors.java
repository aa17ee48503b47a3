package org.fourmiliere.shared.web;

import java.util.Map;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page tells its reader what went wrong or what was done.
 * <ul>
 *   <li>A form re-rendered after a refusal: {@link #reject} puts the domain refusal on the form's field when the
 *       form has one of that name (or of the name given as an alias), else on the whole form, so {@code th:errors}
 *       shows it.</li>
 *   <li>An action without a form (a button in a list): {@link #flash} carries the refusal, already in the
 *       reader's language, to the page the action redirects to, as {@code error}; {@link #show} puts it on the
 *       page being rendered.</li>
 *   <li>{@link #notice} carries a confirmation the same way, as {@code notice}.</li>
 * </ul>
 * Templates show {@code ${error}} and {@code ${notice}} as texts.
 */
@Component
public class FormErrors {

    public static final String ERROR = "error";
    public static final String NOTICE = "notice";

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal on the form's field that it concerns, or on the whole form. */
    public static void reject(BindingResult errors, Problems.DomainException e) {
        reject(errors, e, Map.of());
    }

    /**
     * The refusal on the form's field that it concerns, where the domain's field names differ from the form's
     * ({@code aliases}: domain field → form field); on the whole form when the form has no such field.
     */
    public static void reject(BindingResult errors, Problems.DomainException e, Map<String, String> aliases) {
        String field = e.field() == null ? null : aliases.getOrDefault(e.field(), e.field());
        if (field != null && hasField(errors, field)) {
            errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        Object target = errors.getTarget();
        if (target == null) return false;
        try {
            return new BeanWrapperImpl(target).isReadableProperty(field);
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    /** The refusal, in the reader's language, shown by the page the action redirects to. */
    public void flash(RedirectAttributes redirect, Problems.DomainException e) {
        redirect.addFlashAttribute(ERROR, text(e));
    }

    /** The refusal, in the reader's language, shown on the page being rendered. */
    public void show(Model model, Problems.DomainException e) {
        model.addAttribute(ERROR, text(e));
    }

    /** A confirmation (a message key and its arguments), shown by the page the action redirects to. */
    public void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(NOTICE, messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    /** A domain refusal in the reader's language. */
    public String text(Problems.DomainException e) {
        return messages.getMessage(e, LocaleContextHolder.getLocale());
    }
}
