package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The collective's planning settings ({@code fourmiliere.budgets.*}): the evaluation tolerance, the cash cushion,
 * the employer charges rate on the single wage, the bank accounts of the opening balance, the tax accounts whose
 * balance is remitted, the accounts whose budget amounts are fixed commitments (rent, colocation), and the parent
 * accounts of the payroll (salaries and employer charges, replaced by hours × wage), and how many days overdue a
 * document is left out of the cash-flow forecast (in collection or dispute), and the paid hours of a year that make one
 * full-time equivalent (1820: 35 h × 52).
 */
@ConfigurationProperties("fourmiliere.budgets")
public record BudgetSettings(BigDecimal tolerance, BigDecimal cushion, BigDecimal chargesRate, List<String> bankAccounts,
                             List<String> taxAccounts, List<String> fixedAccounts, List<String> payrollAccounts,
                             String salariesAccount, Integer staleDays, BigDecimal fullTimeHours) {
    public BudgetSettings {
        tolerance = tolerance == null ? new BigDecimal("0.10") : tolerance;
        cushion = cushion == null ? new BigDecimal("30000") : cushion;
        chargesRate = chargesRate == null ? new BigDecimal("0.15") : chargesRate;
        bankAccounts = bankAccounts == null ? List.of("1010", "1020", "1030") : List.copyOf(bankAccounts);
        taxAccounts = taxAccounts == null ? List.of("2310", "2320", "2330") : List.copyOf(taxAccounts);
        fixedAccounts = fixedAccounts == null ? List.of("5410", "5420") : List.copyOf(fixedAccounts);
        payrollAccounts = payrollAccounts == null ? List.of("5095", "5300") : List.copyOf(payrollAccounts);
        salariesAccount = salariesAccount == null ? "5095" : salariesAccount;
        staleDays = staleDays == null ? 90 : staleDays;
        fullTimeHours = fullTimeHours == null || fullTimeHours.signum() <= 0 ? new BigDecimal("1820") : fullTimeHours;
    }
}
