package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A budget's amount for one account, department ("" for none) and month. */
public record BudgetLine(String account, String department, YearMonth month, BigDecimal amount) {}
