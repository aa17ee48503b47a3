package org.fourmiliere.governance.internal.eligibility;

import java.util.Map;
import org.fourmiliere.shared.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The thresholds of the bylaw, one row, audited. */
@Component
public class EligibilitySettingsStore {

    /** The entity type of the eligibility settings in the audit trail. */
    static final String AUDIT_TYPE = "eligibility_settings";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EligibilitySettingsStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public EligibilitySettings get() {
        return jdbc.sql("""
                SELECT min_committees, min_reflections, min_monthly_hours, warning_hours, probation_months
                FROM eligibility_settings WHERE id = 1""")
                .query((rs, n) -> new EligibilitySettings(rs.getInt("min_committees"), rs.getInt("min_reflections"),
                        rs.getInt("min_monthly_hours"), rs.getInt("warning_hours"), rs.getInt("probation_months")))
                .optional().orElse(EligibilitySettings.defaults());
    }

    @Transactional
    public EligibilitySettings update(EligibilitySettings s) {
        EligibilitySettings before = get();
        jdbc.sql("""
                UPDATE eligibility_settings SET min_committees = :c, min_reflections = :r, min_monthly_hours = :h,
                  warning_hours = :w, probation_months = :p WHERE id = 1""")
                .param("c", s.minCommittees()).param("r", s.minReflections()).param("h", s.minMonthlyHours())
                .param("w", s.warningHours()).param("p", s.probationMonths()).update();
        audit.record(AUDIT_TYPE, 1, "update", map(before), map(s));
        return get();
    }

    private static Map<String, Object> map(EligibilitySettings s) {
        return Map.of("minCommittees", s.minCommittees(), "minReflections", s.minReflections(),
                "minMonthlyHours", s.minMonthlyHours(), "warningHours", s.warningHours(),
                "probationMonths", s.probationMonths());
    }
}
