package org.fourmiliere.accounting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The commands of the books besides posting an entry (which is {@link org.fourmiliere.accounting.NewEntry}),
 * checked by bean validation at the edge and by the rules of the chart and the journal.
 */
public final class BooksCommands {

    private BooksCommands() {}

    /** Adds an account under a parent of the chart (the parent gives its type); the department is optional. */
    public record OpenAccount(
            @NotBlank @Pattern(regexp = "[0-9A-Za-z.-]{1,20}") String code,
            @NotBlank @Size(max = 200) String nameFr,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank String parent,
            String department) {

        public static OpenAccount blank() {
            return new OpenAccount("", "", "", "", "");
        }
    }

    /** Reverses a posted entry on {@code date} (today when null), with a description of its own when given. */
    public record Reverse(LocalDate date, @Size(max = 500) String description) {}

    /** Closes the books through a day, or reopens them back to it (null: all open). */
    public record CloseBooks(LocalDate closedThrough) {}
}
