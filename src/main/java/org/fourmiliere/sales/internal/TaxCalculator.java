package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * The sales taxes of one document, without a database. Each line's tax code, with the customer's (or vendor's)
 * province, says which taxes apply to it; the lines' amounts are added per tax, and each tax is the rate of the
 * document's date times that base, rounded once per tax per document to the cent, half up (ADR 0900). Until
 * 2012 the QST's base is the price plus the GST charged on it; from 2013-01-01 the price alone. A customer with a
 * tax exemption pays none.
 */
public final class TaxCalculator {

    /** A line as the taxes see it: its amount before taxes and its code. */
    public record TaxedLine(Money amount, TaxCode code) {}

    /** One tax of a document: the base it is computed on, the rate of the day and the amount, rounded. */
    public record TaxAmount(SalesTax tax, Money base, BigDecimal rate, Money amount) {}

    private TaxCalculator() {}

    /** The taxes of a document dated {@code day} for someone in {@code province}, in the order GST, QST, HST. */
    public static List<TaxAmount> taxes(LocalDate day, String province, boolean exempt, List<TaxedLine> lines) {
        List<TaxAmount> out = new ArrayList<>();
        if (exempt) return out;
        Money gstBase = Money.zero(Money.CAD), qstBase = Money.zero(Money.CAD), hstBase = Money.zero(Money.CAD);
        boolean anyGst = false, anyQst = false, anyHst = false;
        for (int i = 0; i < lines.size(); i++) {
            TaxedLine l = lines.get(i);
            Set<SalesTax> taxes = applying(l.code(), province, day, i);
            if (taxes.contains(SalesTax.GST)) { gstBase = gstBase.plus(l.amount()); anyGst = true; }
            if (taxes.contains(SalesTax.QST)) { qstBase = qstBase.plus(l.amount()); anyQst = true; }
            if (taxes.contains(SalesTax.HST)) { hstBase = hstBase.plus(l.amount()); anyHst = true; }
        }
        if (anyGst) {
            BigDecimal rate = rateOn(SalesTax.GST, province, day);
            out.add(new TaxAmount(SalesTax.GST, gstBase, rate, gstBase.multipliedBy(rate, RoundingMode.HALF_UP)));
        }
        if (anyQst) {
            BigDecimal rate = rateOn(SalesTax.QST, "QC", day);
            Money base = qstBase;
            if (TaxRates.qstCompounds(day)) {
                BigDecimal gstRate = rateOn(SalesTax.GST, province, day);
                base = qstBase.plus(qstBase.multipliedBy(gstRate, RoundingMode.HALF_UP));
            }
            out.add(new TaxAmount(SalesTax.QST, base, rate, base.multipliedBy(rate, RoundingMode.HALF_UP)));
        }
        if (anyHst) {
            BigDecimal rate = rateOn(SalesTax.HST, province, day);
            out.add(new TaxAmount(SalesTax.HST, hstBase, rate, hstBase.multipliedBy(rate, RoundingMode.HALF_UP)));
        }
        return out;
    }

    /** The taxes a line's code brings, for someone in {@code province} on {@code day}. */
    static Set<SalesTax> applying(TaxCode code, String province, LocalDate day, int lineIndex) {
        TaxCode c = code == null ? TaxCode.TAXABLE : code;
        return switch (c) {
            case EXEMPT, ZERO_RATED -> EnumSet.noneOf(SalesTax.class);
            case GST -> EnumSet.of(SalesTax.GST);
            case GST_QST -> EnumSet.of(SalesTax.GST, SalesTax.QST);
            case HST -> {
                if (!TaxRates.hasHst(province, day)) {
                    throw new Problems.InvalidInput("lines[" + lineIndex + "].taxCode", "sales.tax.no-hst", province, day.toString());
                }
                yield EnumSet.of(SalesTax.HST);
            }
            case TAXABLE -> "QC".equals(province) ? EnumSet.of(SalesTax.GST, SalesTax.QST)
                    : TaxRates.hasHst(province, day) ? EnumSet.of(SalesTax.HST) : EnumSet.of(SalesTax.GST);
        };
    }

    /** The sum of the taxes' amounts. */
    public static Money total(List<TaxAmount> taxes) {
        Money t = Money.zero(Money.CAD);
        for (TaxAmount a : taxes) t = t.plus(a.amount());
        return t;
    }

    /** The rate in force on the day, or a refusal naming the date when no rate is known that early. */
    private static BigDecimal rateOn(SalesTax tax, String province, LocalDate day) {
        return TaxRates.rate(tax, province, day)
                .orElseThrow(() -> new Problems.InvalidInput("date", "sales.tax.no-rate", tax.name(), day.toString()));
    }
}
