package org.fourmiliere.members.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a member's page: a membership, dues, an engagement, an end date. */
final class RecordForms {

    private RecordForms() {}

    public static class MembershipForm {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate since;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }

    public static class DuesForm {
        @NotNull @Min(1900) @Max(9999) private Integer fiscalYear;
        @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) private BigDecimal amount;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate paidOn;
        @NotNull private DuesMethod method;

        public Integer getFiscalYear() { return fiscalYear; }
        public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getPaidOn() { return paidOn; }
        public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
        public DuesMethod getMethod() { return method; }
        public void setMethod(DuesMethod method) { this.method = method; }
    }

    public static class EngagementForm {
        @NotNull private Engagement engagement;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate since;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        public Engagement getEngagement() { return engagement; }
        public void setEngagement(Engagement engagement) { this.engagement = engagement; }
        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }

    public static class EndForm {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }
}
