package org.fourmiliere.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A quote, an invoice, a credit note or a vendor bill to issue. A sales document names its {@code customerId}, a bill
 * its {@code vendorId}. An invoice may be made from a sales order ({@code orderId}: its lines name the order lines
 * they invoice, or none to invoice what remains); a credit note from an invoice ({@code invoiceId}: without lines
 * it credits the whole invoice). {@code validUntil} is a quote's validity, {@code dueDate} overrides the terms.
 */
public record NewDocument(Long customerId,
                          Long vendorId,
                          @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                          Long orderId,
                          Long invoiceId,
                          @Size(max = 100) String vendorReference,
                          @Size(max = 2000) String note,
                          @Valid @Size(max = 500) List<NewLine> lines) {

    public NewDocument {
        lines = lines == null ? List.of() : lines;
    }
}
