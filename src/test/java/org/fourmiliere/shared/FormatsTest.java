package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.fourmiliere.shared.web.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Money, dates and durations read as a French or an English Canadian reader expects. */
class FormatsTest {

    private final Formats fmt = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void frenchPagesUseFrCaConventions() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(normalise(fmt.money(Money.cad("1234.56")))).isEqualTo("1 234,56 $");
        assertThat(fmt.date(LocalDate.of(2007, 3, 13))).isEqualTo("13 mars 2007");
        assertThat(fmt.duration(Duration.ofMinutes(450))).isEqualTo("7 h 30");
        assertThat(fmt.time(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("09:05");
    }

    @Test
    void englishPagesUseEnCaConventions() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.money(Money.cad("1234.56"))).isEqualTo("$1,234.56");
        assertThat(fmt.date(LocalDate.of(2007, 3, 13))).isEqualTo("Mar 13, 2007");
        assertThat(fmt.duration(Duration.ofMinutes(450))).isEqualTo("7:30");
    }

    /** The JDK writes fr-CA groups and the currency sign with (narrow) no-break spaces. */
    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
