package org.fourmiliere.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A line of a document: a description, a quantity of a unit at a unit price (CAD, before taxes), the department
 * its revenue or expense goes to, the ledger account (by default the department's revenue account on sales; required
 * on bills), a tax code (TAXABLE by default: the province decides; GST_QST, GST, HST, EXEMPT, ZERO_RATED) and an
 * optional activity. On an invoice made from an order, {@code orderLine} names the order's line it invoices.
 */
public record NewLine(@Size(max = 1000) String description,
                      @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
                      @Size(max = 20) String unit,
                      @DecimalMin("0.00") @Digits(integer = 13, fraction = 4) BigDecimal unitPrice,
                      @Size(max = 20) String department,
                      @Size(max = 20) String account,
                      @Size(max = 20) String taxCode,
                      @Size(max = 100) String activity,
                      @Positive Integer orderLine) {

    public NewLine {
        if (description != null && description.isBlank()) description = null;
    }

    /** A line with the essentials only. */
    public static NewLine of(String description, String quantity, String unitPrice, String department, String taxCode) {
        return new NewLine(description, new BigDecimal(quantity), null, new BigDecimal(unitPrice), department, null, taxCode, null, null);
    }
}
