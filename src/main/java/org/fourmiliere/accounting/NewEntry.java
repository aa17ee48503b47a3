package org.fourmiliere.accounting;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry to post: its lines name accounts by code, carry a positive amount in CAD on one side, and
 * optionally a department (code) and a customer or vendor.
 */
public record NewEntry(LocalDate date, String description, String reference, List<Line> lines) {

    public record Line(String account, Side side, java.math.BigDecimal amount, String department, String party) {}
}
