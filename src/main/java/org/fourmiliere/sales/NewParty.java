package org.fourmiliere.sales;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A customer or vendor to record: a client who is not a member, or an organisation ({@code organisationId}) or a
 * person ({@code personId}) of the members registry, whose name is then taken from it when none is given.
 * {@code province} (two letters, e.g. QC, ON) sets the taxes; {@code language} (fr, en) the documents' language;
 * {@code termsDays} the payment terms (net 30 by default); a {@code exemptionNumber} makes them pay no sales tax.
 */
public record NewParty(@Size(max = 200) String name,
                       @NotNull ClientKind kind,
                       @NotBlank @Pattern(regexp = "QC|ON|BC|AB|SK|MB|NB|NS|PE|NL|YT|NT|NU") String province,
                       @Pattern(regexp = "fr|en") String language,
                       @Email @Size(max = 320) String email,
                       @Size(max = 1000) String address,
                       @PositiveOrZero @Max(365) Integer termsDays,
                       @Size(max = 50) String exemptionNumber,
                       Long organisationId,
                       Long personId) {}
