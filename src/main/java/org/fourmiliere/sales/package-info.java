/**
 * Sales and purchases (§9–§10): customers and vendors, quotes, sales orders, invoices, credit notes, payments,
 * vendor bills, Québec sales taxes with dated rates, receivables and payables aging, bad debts. Every document
 * is posted to the books through {@link org.fourmiliere.accounting.Books} when it is issued and never changes
 * afterwards. See docs/sales.md and ADRs 0900–0902.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales",
        allowedDependencies = {"shared", "accounts", "accounting", "members", "mail"})
package org.fourmiliere.sales;
