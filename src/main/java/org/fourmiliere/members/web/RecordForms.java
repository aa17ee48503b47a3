package org.fourmiliere.members.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.internal.MemberCommands;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The small forms of a member's page: a membership, dues, an engagement, an end date. Each converts to the
 * registry's command, which carries the rules; the forms only bind.
 */
final class RecordForms {

    private RecordForms() {}

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static class MembershipForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate since;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        MemberCommands.AddMembership command() {
            return new MemberCommands.AddMembership(text(since), text(until));
        }

        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }

    public static class DuesForm {
        private Integer fiscalYear;
        private BigDecimal amount;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate paidOn;
        private DuesMethod method;

        MemberCommands.AddDues command() {
            return new MemberCommands.AddDues(fiscalYear, amount, text(paidOn), method == null ? null : method.name());
        }

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
        private Engagement engagement;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate since;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        MemberCommands.Engage command() {
            return new MemberCommands.Engage(engagement == null ? null : engagement.name(), text(since), text(until));
        }

        public Engagement getEngagement() { return engagement; }
        public void setEngagement(Engagement engagement) { this.engagement = engagement; }
        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }

    public static class EndForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate until;

        MemberCommands.End command() {
            return new MemberCommands.End(text(until));
        }

        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }
}
