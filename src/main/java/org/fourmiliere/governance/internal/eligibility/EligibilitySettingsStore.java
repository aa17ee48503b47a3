package org.fourmiliere.governance.internal.eligibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the thresholds of the bylaw: one row. */
@Repository
class EligibilitySettingsStore {

    private final JdbcClient jdbc;

    EligibilitySettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The thresholds, or the defaults when the row is missing. */
    EligibilitySettings get() {
        return jdbc.sql("""
                SELECT min_committees, min_reflections, min_monthly_hours, warning_hours, probation_months
                FROM eligibility_settings WHERE id = 1""")
                .query((rs, n) -> new EligibilitySettings(rs.getInt("min_committees"), rs.getInt("min_reflections"),
                        rs.getInt("min_monthly_hours"), rs.getInt("warning_hours"), rs.getInt("probation_months")))
                .optional().orElse(EligibilitySettings.defaults());
    }

    void save(EligibilitySettings s) {
        jdbc.sql("""
                UPDATE eligibility_settings SET min_committees = :c, min_reflections = :r, min_monthly_hours = :h,
                  warning_hours = :w, probation_months = :p WHERE id = 1""")
                .param("c", s.minCommittees()).param("r", s.minReflections()).param("h", s.minMonthlyHours())
                .param("w", s.warningHours()).param("p", s.probationMonths()).update();
    }
}
