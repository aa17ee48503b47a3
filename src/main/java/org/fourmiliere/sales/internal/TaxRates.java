package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dated rates of the sales taxes, as the law set them; the document's date picks the rate. GST: 7 % until
 * 2006-06-30, 6 % until 2007-12-31, 5 % since. QST: 7.5 % until 2010, 8.5 % in 2011, 9.5 % in 2012 — all on the price
 * plus the GST — and 9.975 % on the price alone since 2013-01-01. HST per province (the federal part included),
 * from the day the province joined it.
 */
public final class TaxRates {

    /** A rate in force from {@code from} (inclusive) until {@code until} (exclusive, null: still in force). */
    record Rate(SalesTax tax, String province, LocalDate from, LocalDate until, BigDecimal rate) {
        boolean covers(String p, LocalDate day) {
            return (province == null || province.equals(p)) && !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** The first day the QST is charged on the price alone rather than on the price plus the GST. */
    public static final LocalDate QST_ON_PRICE_ALONE = LocalDate.of(2013, 1, 1);

    private static final LocalDate EARLY = LocalDate.of(1991, 1, 1);

    private static final List<Rate> RATES = List.of(
            rate(SalesTax.GST, null, EARLY, "2006-07-01", "0.07"),
            rate(SalesTax.GST, null, "2006-07-01", "2008-01-01", "0.06"),
            rate(SalesTax.GST, null, "2008-01-01", null, "0.05"),
            rate(SalesTax.QST, "QC", EARLY, "2011-01-01", "0.075"),
            rate(SalesTax.QST, "QC", "2011-01-01", "2012-01-01", "0.085"),
            rate(SalesTax.QST, "QC", "2012-01-01", "2013-01-01", "0.095"),
            rate(SalesTax.QST, "QC", "2013-01-01", null, "0.09975"),
            // Ontario joined on 2010-07-01
            rate(SalesTax.HST, "ON", "2010-07-01", null, "0.13"),
            // British Columbia, 2010-07-01 to 2013-03-31
            rate(SalesTax.HST, "BC", "2010-07-01", "2013-04-01", "0.12"),
            // Nova Scotia
            rate(SalesTax.HST, "NS", "1997-04-01", "2006-07-01", "0.15"),
            rate(SalesTax.HST, "NS", "2006-07-01", "2008-01-01", "0.14"),
            rate(SalesTax.HST, "NS", "2008-01-01", "2010-07-01", "0.13"),
            rate(SalesTax.HST, "NS", "2010-07-01", "2025-04-01", "0.15"),
            rate(SalesTax.HST, "NS", "2025-04-01", null, "0.14"),
            // New Brunswick
            rate(SalesTax.HST, "NB", "1997-04-01", "2006-07-01", "0.15"),
            rate(SalesTax.HST, "NB", "2006-07-01", "2008-01-01", "0.14"),
            rate(SalesTax.HST, "NB", "2008-01-01", "2016-07-01", "0.13"),
            rate(SalesTax.HST, "NB", "2016-07-01", null, "0.15"),
            // Newfoundland and Labrador
            rate(SalesTax.HST, "NL", "1997-04-01", "2006-07-01", "0.15"),
            rate(SalesTax.HST, "NL", "2006-07-01", "2008-01-01", "0.14"),
            rate(SalesTax.HST, "NL", "2008-01-01", "2016-07-01", "0.13"),
            rate(SalesTax.HST, "NL", "2016-07-01", null, "0.15"),
            // Prince Edward Island joined on 2013-04-01
            rate(SalesTax.HST, "PE", "2013-04-01", "2016-10-01", "0.14"),
            rate(SalesTax.HST, "PE", "2016-10-01", null, "0.15"));

    /** The provinces and territories a customer or vendor may be in. */
    public static final List<String> PROVINCES = List.of("QC", "ON", "BC", "AB", "SK", "MB", "NB", "NS", "PE", "NL",
            "YT", "NT", "NU");

    private TaxRates() {}

    private static Rate rate(SalesTax tax, String province, Object from, String until, String rate) {
        LocalDate f = from instanceof LocalDate d ? d : LocalDate.parse((String) from);
        return new Rate(tax, province, f, until == null ? null : LocalDate.parse(until), new BigDecimal(rate));
    }

    /** The rate of {@code tax} in {@code province} on {@code day}, if that tax applies there then. */
    public static Optional<BigDecimal> rate(SalesTax tax, String province, LocalDate day) {
        return RATES.stream().filter(r -> r.tax() == tax && r.covers(province, day)).map(Rate::rate).findFirst();
    }

    /** Whether the QST is charged on the price plus the GST on that day (until 2012 inclusive). */
    public static boolean qstCompounds(LocalDate day) {
        return day.isBefore(QST_ON_PRICE_ALONE);
    }

    /** Whether the province had the HST on that day. */
    public static boolean hasHst(String province, LocalDate day) {
        return rate(SalesTax.HST, province, day).isPresent();
    }
}
