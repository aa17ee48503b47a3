package org.fourmiliere.accounts.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The commands a person gives about their own account, checked by bean validation at the edge. */
public final class AccountCommands {

    private AccountCommands() {}

    /** A new password, typed twice, after the current one. */
    public record ChangePassword(@NotBlank String currentPassword,
                                 @NotBlank @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) String newPassword,
                                 @NotBlank String confirmation) {

        public static ChangePassword blank() {
            return new ChangePassword("", "", "");
        }

        /** Whether the new password was typed the same twice. */
        public boolean confirmed() {
            return newPassword != null && newPassword.equals(confirmation);
        }
    }

    /** A personal access token named for what it serves (a script, a bot). */
    public record CreateToken(@NotBlank @Size(max = 100) String name,
                              java.time.LocalDate expiresOn) {

        public CreateToken(String name) {
            this(name, null);
        }

        public static CreateToken blank() {
            return new CreateToken("", null);
        }
    }
}
