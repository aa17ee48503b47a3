package org.fourmiliere.governance.web.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.governance.internal.eligibility.Reason;
import org.fourmiliere.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Renders the stored reasons of a verification in the reader's language: {@code ${@reasons.text(r)}}. */
@Component("reasons")
public class ReasonTexts {

    private final MessageSource messages;
    private final Formats formats;

    ReasonTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Reason r) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = r.args().stream().map(a -> arg(a, locale)).toArray();
        return messages.getMessage(r.messageKey(), args, r.messageKey(), locale);
    }

    public List<String> texts(List<Reason> reasons) {
        return reasons.stream().map(this::text).toList();
    }

    private String arg(String a, Locale locale) {
        if (a.startsWith("min:")) {
            try {
                return formats.duration(Duration.ofMinutes(Long.parseLong(a.substring(4))));
            } catch (NumberFormatException e) {
                return a;
            }
        }
        if (a.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(a).format(DateTimeFormatter.ofPattern("MMMM yyyy", Formats.region(locale)));
        }
        if (a.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return formats.date(LocalDate.parse(a));
        }
        return a;
    }
}
