package org.fourmiliere.members.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day written as YYYY-MM-DD (null or blank passes: pair with {@code @NotBlank} when required). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

    String message() default "{org.fourmiliere.members.IsoDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || parse(value) != null;
        }

        /** The day, or null when blank or not a date. */
        static LocalDate parse(String value) {
            if (value == null || value.isBlank()) return null;
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
