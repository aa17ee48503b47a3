package org.fourmiliere.governance.internal.bodies;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.governance.BodyKind;

/**
 * The commands that change bodies, checked by bean validation at the edge and by the services' rules. The constraints
 * of a body's fields ({@link Code}, {@link Name}, {@link Mandate}) are written once here for every request that carries them.
 */
public final class BodyCommands {

    private BodyCommands() {}

    /**
     * A body's code: lower-case letters and digits in words joined by hyphens, at most 60 characters; empty or absent,
     * it is made from the English name.
     */
    @Size(max = 60)
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?")
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Code {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A body's name in one language: required, at most 200 characters. */
    @NotBlank
    @Size(max = 200)
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Name {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** What a body is mandated to do: at most 4,000 characters. */
    @Size(max = 4000)
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Mandate {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Creates a committee or a team. {@code code} is derived from the English name when blank;
     * {@code createdOn} is today when null; the coordinator and the members join on {@code createdOn}.
     */
    public record CreateBody(
            @NotNull BodyKind kind,
            @Code String code,
            @Name String nameFr,
            @Name String nameEn,
            Boolean permanent,
            @Mandate String mandate,
            LocalDate createdOn,
            @Positive Long coordinatorId,
            List<@NotNull @Positive Long> memberIds) {}

    /** Changes what a body says of itself; the coordinator joins the body if not a member yet. */
    public record UpdateBody(
            @Name String nameFr,
            @Name String nameEn,
            Boolean permanent,
            @Mandate String mandate,
            @Positive Long coordinatorId) {}

    /** A person joins a body on {@code since} (today when null). */
    public record Join(@NotNull @Positive Long personId, LocalDate since, @Size(max = 500) String note) {}

    /** A person leaves a body on {@code on} (today when null): the first day they are no longer a member. */
    public record Leave(@NotNull @Positive Long personId, LocalDate on) {}

    /** A body is dissolved on {@code on} (today when null); its memberships end that day. */
    public record Dissolve(LocalDate on) {}

    /** A new board seat, with a first mandate when {@code holderId} is given. */
    public record CreateSeat(
            @NotNull SeatKind kind,
            @Size(max = 200) String label,
            LocalDate createdOn,
            @Positive Long holderId,
            @Positive Long organisationId,
            LocalDate mandateStart,
            LocalDate mandateEnd) {}

    public record UpdateSeat(@NotNull SeatKind kind, @Size(max = 200) String label) {}

    /** A mandate on a seat; the end is exclusive (the day the next mandate begins). */
    public record GiveMandate(
            @NotNull @Positive Long holderId,
            @Positive Long organisationId,
            @NotNull LocalDate mandateStart,
            @NotNull LocalDate mandateEnd) {}

    /** The holder of the mandate in force on {@code on} resigns that day (today when null); the seat is vacant. */
    public record Resign(LocalDate on) {}
}
