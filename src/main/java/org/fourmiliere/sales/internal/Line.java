package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import org.fourmiliere.shared.Money;

/** A line of a document, its amount the quantity times the unit price, rounded half up to the cent. */
public record Line(int lineNo, String description, BigDecimal quantity, String unit, BigDecimal unitPrice, Money amount,
                   String department, String account, TaxCode taxCode, String activity, Integer sourceLine) {}
