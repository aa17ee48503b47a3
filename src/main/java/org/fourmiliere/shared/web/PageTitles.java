package org.fourmiliere.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * The text of a page's {@code <title>}: the page's own title (its {@code <title>} fragment, evaluated) followed by
 * the collective's name, as in "Members — Fourmilière". Used by the layout's head.
 */
@Component("pageTitles")
public class PageTitles {

    private final MessageSource messages;

    PageTitles(MessageSource messages) {
        this.messages = messages;
    }

    /** The full title for a page whose title fragment is {@code title}, evaluated in {@code context}. */
    public String of(Object title, IExpressionContext context) {
        String collective = messages.getMessage("app.name", null, "Fourmilière", LocaleContextHolder.getLocale());
        String name = name(title, context);
        if (name == null || name.isBlank() || name.equals(collective)) return collective;
        return messages.getMessage("page.title", new Object[] {name, collective}, name + " — " + collective,
                LocaleContextHolder.getLocale());
    }

    private static String name(Object title, IExpressionContext context) {
        if (!(title instanceof Fragment fragment) || fragment.getTemplateModel() == null) return null;
        var model = fragment.getTemplateModel();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < model.size(); i++) {
            var event = model.get(i);
            if (event instanceof IProcessableElementTag tag && "title".equalsIgnoreCase(tag.getElementCompleteName())) {
                String expression = tag.getAttributeValue("th:text");
                if (expression != null) {
                    Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                            .parseExpression(context, expression).execute(context);
                    return value == null ? null : value.toString();
                }
            } else if (event instanceof IText t) {
                text.append(t.getText());
            }
        }
        return text.toString().strip();
    }
}
