package org.fourmiliere.accounting;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.shared.Money;

/**
 * An entry to post: its lines name accounts by code, carry a positive amount in CAD on one side, and
 * optionally a department (code) and a customer or vendor.
 */
public record NewEntry(LocalDate date, String description, String reference, List<Line> lines) {

    public record Line(String account, Side side, Money amount, String department, String party) {}
}
