package org.fourmiliere.members.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;

public record DuesRow(long id, long memberId, int fiscalYear, Money amount, LocalDate paidOn, DuesMethod method) {
    public GoodStanding.Paid paid() {
        return new GoodStanding.Paid(fiscalYear, paidOn);
    }

    public String fiscalYearLabel() {
        return new FiscalYear(fiscalYear, FiscalYear.DEFAULT_START).label();
    }

    public static String label(int fiscalYear, MonthDay start) {
        return new FiscalYear(fiscalYear, start).label();
    }
}
