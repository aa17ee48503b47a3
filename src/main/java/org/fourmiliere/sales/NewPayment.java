package org.fourmiliere.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A payment received from a customer ({@code customerId}) or made to a vendor ({@code vendorId}), by cheque,
 * transfer, PayPal or cash. {@code allocations} spread it over invoices (or bills); without them it settles the
 * oldest open ones first. What is left over is kept as the customer's credit.
 */
public record NewPayment(Long customerId,
                         Long vendorId,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @NotNull PaymentMethod method,
                         @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
                         @Size(max = 100) String reference,
                         @Valid @Size(max = 500) List<Allocation> allocations) {

    public NewPayment {
        allocations = allocations == null ? List.of() : allocations;
    }

    /** Part of a payment that settles one invoice ({@code invoiceId}) or bill ({@code billId}). */
    public record Allocation(Long invoiceId, Long billId,
                             @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) {
        public Long documentId() {
            return invoiceId != null ? invoiceId : billId;
        }
    }
}
