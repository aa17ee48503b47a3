package org.fourmiliere.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.sales.internal.TaxCalculator.TaxedLine;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sales taxes of a document for every period of the rates, the compounding years, HST and exemption. */
class TaxCalculatorTest {

    static List<TaxAmount> taxes(String day, String province, boolean exempt, String... amountsAndCodes) {
        List<TaxedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amountsAndCodes.length; i += 2) {
            lines.add(new TaxedLine(Money.cad(amountsAndCodes[i]), TaxCode.valueOf(amountsAndCodes[i + 1])));
        }
        return TaxCalculator.taxes(LocalDate.parse(day), province, exempt, lines);
    }

    static String amounts(List<TaxAmount> taxes) {
        StringBuilder s = new StringBuilder();
        for (TaxAmount t : taxes) s.append(t.tax()).append('=').append(t.amount().amount().toPlainString()).append(' ');
        return s.toString().trim();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            // first half of 2006: GST 7 %, QST 7.5 % of 107.00
            "2006-03-15; GST=7.00 QST=8.03",
            "2006-06-30; GST=7.00 QST=8.03",
            // second half of 2006 and 2007: GST 6 %, QST 7.5 % of 106.00
            "2006-07-01; GST=6.00 QST=7.95",
            "2007-03-01; GST=6.00 QST=7.95",
            "2007-12-31; GST=6.00 QST=7.95",
            // 2008 to 2010: GST 5 %, QST 7.5 % of 105.00 = 7.875, half up
            "2008-01-01; GST=5.00 QST=7.88",
            "2010-12-31; GST=5.00 QST=7.88",
            // 2011: QST 8.5 % of 105.00 = 8.925
            "2011-01-01; GST=5.00 QST=8.93",
            // 2012: QST 9.5 % of 105.00 = 9.975
            "2012-06-01; GST=5.00 QST=9.98",
            // 2013 on: QST 9.975 % of the price alone
            "2013-01-01; GST=5.00 QST=9.98",
            "2013-03-01; GST=5.00 QST=9.98",
            "2014-09-30; GST=5.00 QST=9.98"})
    void aHundredDollarsInQuebec(String day, String expected) {
        assertThat(amounts(taxes(day, "QC", false, "100.00", "GST_QST"))).isEqualTo(expected);
        assertThat(amounts(taxes(day, "QC", false, "100.00", "TAXABLE"))).isEqualTo(expected);
    }

    @Test
    void theApiContractFigures() {
        List<TaxAmount> t2007 = taxes("2007-03-01", "QC", false, "100.00", "GST_QST");
        assertThat(Money.cad("100.00").plus(TaxCalculator.total(t2007))).isEqualTo(Money.cad("113.95"));
        List<TaxAmount> t2013 = taxes("2013-03-01", "QC", false, "100.00", "GST_QST");
        assertThat(Money.cad("100.00").plus(TaxCalculator.total(t2013))).isEqualTo(Money.cad("114.98"));
    }

    @Test
    void compoundingUsesTheGstOfTheSameLinesAndRoundsOncePerDocument() {
        // 2007: three lines of 33.33 → base 99.99; GST 6 % = 5.9994 → 6.00; QST base 99.99 + 6.00 = 105.99 × 7.5 % = 7.94925 → 7.95
        assertThat(amounts(taxes("2007-05-01", "QC", false, "33.33", "GST_QST", "33.33", "GST_QST", "33.33", "GST_QST")))
                .isEqualTo("GST=6.00 QST=7.95");
        // rounding per line would give 3 × 2.00 = 6.00 GST but 3 × 2.65 = 7.95... a case where they differ:
        // 2013: three lines of 0.05 → base 0.15 × 9.975 % = 0.01496 → 0.01 (per line: 3 × 0.00 = 0.00)
        assertThat(amounts(taxes("2013-05-01", "QC", false, "0.05", "GST_QST", "0.05", "GST_QST", "0.05", "GST_QST")))
                .isEqualTo("GST=0.01 QST=0.01");
        // the compounding base in 2012
        TaxAmount qst = taxes("2012-02-01", "QC", false, "1000.00", "GST_QST").get(1);
        assertThat(qst.base()).isEqualTo(Money.cad("1050.00"));
        assertThat(qst.amount()).isEqualTo(Money.cad("99.75"));
        // no compounding in 2013
        TaxAmount qst2013 = taxes("2013-02-01", "QC", false, "1000.00", "GST_QST").get(1);
        assertThat(qst2013.base()).isEqualTo(Money.cad("1000.00"));
        assertThat(qst2013.amount()).isEqualTo(Money.cad("99.75"));
    }

    @Test
    void halfUpNotHalfEven() {
        // 2013: 10.00 × 9.975 % = 0.9975 → 1.00 ; 2012: 5.00 × 1.05 = 5.25 × 9.5 % = 0.49875 → 0.50
        assertThat(amounts(taxes("2013-01-10", "QC", false, "10.00", "GST_QST"))).isEqualTo("GST=0.50 QST=1.00");
        // GST 5 % of 0.10 = 0.005 → 0.01 (half even would give 0.00)
        assertThat(amounts(taxes("2009-01-10", "AB", false, "0.10", "TAXABLE"))).isEqualTo("GST=0.01");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "ON; 2007-03-01; GST=6.00",
            "ON; 2010-06-30; GST=5.00",
            "ON; 2010-07-01; HST=13.00",
            "ON; 2013-03-01; HST=13.00",
            "NS; 2006-06-30; HST=15.00",
            "NS; 2007-03-01; HST=14.00",
            "NB; 2008-02-01; HST=13.00",
            "NB; 2016-07-01; HST=15.00",
            "BC; 2012-01-01; HST=12.00",
            "BC; 2013-04-01; GST=5.00",
            "PE; 2013-04-01; HST=14.00",
            "AB; 2007-03-01; GST=6.00"})
    void outsideQuebecTheProvinceAndTheDatePickHstOrGst(String province, String day, String expected) {
        assertThat(amounts(taxes(day, province, false, "100.00", "TAXABLE"))).isEqualTo(expected);
    }

    @Test
    void aDateBeforeTheKnownRatesIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> taxes("1990-12-31", "QC", false, "100.00", "GST_QST"))
                .isInstanceOf(Problems.InvalidInput.class)
                .extracting(e -> ((Problems.InvalidInput) e).field()).isEqualTo("date");
    }

    @Test
    void hstNamedForAProvinceWithoutItIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> taxes("2007-03-01", "ON", false, "100.00", "EXEMPT", "10.00", "HST"))
                .isInstanceOf(Problems.InvalidInput.class)
                .extracting(e -> ((Problems.InvalidInput) e).field()).isEqualTo("lines[1].taxCode");
    }

    @Test
    void anExemptCustomerOrExemptAndZeroRatedLinesPayNoTax() {
        assertThat(taxes("2007-03-01", "QC", true, "100.00", "GST_QST")).isEmpty();
        assertThat(taxes("2013-03-01", "ON", true, "100.00", "TAXABLE")).isEmpty();
        assertThat(taxes("2007-03-01", "QC", false, "100.00", "EXEMPT", "50.00", "ZERO_RATED")).isEmpty();
        // a mixed document: only the taxable line is taxed
        assertThat(amounts(taxes("2007-03-01", "QC", false, "100.00", "GST_QST", "50.00", "EXEMPT")))
                .isEqualTo("GST=6.00 QST=7.95");
        // GST alone (a supply outside Québec's QST)
        assertThat(amounts(taxes("2007-03-01", "QC", false, "100.00", "GST"))).isEqualTo("GST=6.00");
    }

    @Property
    void eachTaxIsItsRateTimesItsBaseRoundedHalfUpOnce(@ForAll @LongRange(min = 1, max = 10_000_000) long cents,
                                                       @ForAll @LongRange(min = 0, max = 3000) long dayOffset) {
        LocalDate day = LocalDate.of(2005, 1, 1).plusDays(dayOffset * 3);
        Money price = Money.ofMinor(cents, Money.CAD);
        List<TaxAmount> t = TaxCalculator.taxes(day, "QC", false, List.of(new TaxedLine(price, TaxCode.GST_QST)));
        BigDecimal gstRate = TaxRates.rate(SalesTax.GST, "QC", day).orElseThrow();
        Money gst = Money.rounded(price.amount().multiply(gstRate), Money.CAD, RoundingMode.HALF_UP);
        assertThat(t.get(0).amount()).isEqualTo(gst);
        BigDecimal qstBase = TaxRates.qstCompounds(day) ? price.amount().add(gst.amount()) : price.amount();
        BigDecimal exact = qstBase.multiply(TaxRates.rate(SalesTax.QST, "QC", day).orElseThrow());
        assertThat(t.get(1).amount().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }
}
