package org.fourmiliere.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for pages, in the reader's language: {@code ${@fmt.money(m)}}, {@code ${@fmt.date(d)}}.
 * French pages use fr-CA conventions ("1 234,56 $"), English pages en-CA ("$1,234.56").
 */
@Component("fmt")
public class Formats {

    public static Locale region(Locale language) {
        return "en".equals(language.getLanguage()) ? Locale.forLanguageTag("en-CA") : Locale.forLanguageTag("fr-CA");
    }

    private static Locale region() {
        return region(LocaleContextHolder.getLocale());
    }

    public String money(Money m) {
        if (m == null) return "";
        NumberFormat f = NumberFormat.getCurrencyInstance(region());
        f.setCurrency(m.currency());
        return f.format(m.amount());
    }

    public String amount(BigDecimal amount) {
        if (amount == null) return "";
        NumberFormat f = NumberFormat.getNumberInstance(region());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    public String number(Number n, int decimals) {
        if (n == null) return "";
        NumberFormat f = NumberFormat.getNumberInstance(region());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(region()));
    }

    /** A date written out: "15 juin 2007", "June 15, 2007". */
    public String longDate(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(region()));
    }

    public String dateTime(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(region()).withZone(TimeConfig.ZONE).format(i);
    }

    public String time(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(TimeConfig.ZONE).format(i);
    }

    /** Hours and minutes, as "7 h 30" (fr) or "7:30" (en). */
    public String duration(Duration d) {
        if (d == null) return "";
        long minutes = d.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        minutes = Math.abs(minutes);
        return "en".equals(region().getLanguage())
                ? String.format("%s%d:%02d", sign, minutes / 60, minutes % 60)
                : String.format("%s%d h %02d", sign, minutes / 60, minutes % 60);
    }
}
