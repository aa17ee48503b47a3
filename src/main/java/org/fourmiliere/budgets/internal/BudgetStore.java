package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the budgets, their lines, activity departments and team comments: SQL only, no rules. */
@Repository
class BudgetStore {

    private static final String COLUMNS =
            "id, fiscal_year, name, status, version, revises_id, decision_id, public_budget, note, created_at";


    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Budget> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget ORDER BY fiscal_year DESC, version DESC, id DESC")
                .query(BudgetStore::budget).list();
    }

    Optional<Budget> budget(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE id = :id").param("id", id).query(BudgetStore::budget).optional();
    }

    Optional<Budget> adopted(int fiscalYear) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE fiscal_year = :y AND status = 'ADOPTED'")
                .param("y", fiscalYear).query(BudgetStore::budget).optional();
    }

    void lock(long id) {
        jdbc.sql("SELECT id FROM budget WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    int nextVersion(int fiscalYear) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM budget WHERE fiscal_year = :y").param("y", fiscalYear)
                .query(Integer.class).single();
    }

    long insert(int fiscalYear, String name, int version, Long revisesId, String note, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO budget (fiscal_year, name, status, version, revises_id, note, created_at)
                VALUES (:y, :name, 'DRAFT', :version, :revises, :note, :at)""")
                .param("y", fiscalYear).param("name", name).param("version", version).param("revises", revisesId)
                .param("note", note).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setStatus(long id, Budget.Status status, Long decisionId) {
        jdbc.sql("UPDATE budget SET status = :s, decision_id = :d WHERE id = :id")
                .param("s", status.name()).param("d", decisionId).param("id", id).update();
    }

    void setPublic(long id, boolean isPublic) {
        jdbc.sql("UPDATE budget SET public_budget = :p WHERE id = :id").param("p", isPublic).param("id", id).update();
    }

    List<BudgetLine> lines(long budgetId) {
        return jdbc.sql("""
                SELECT account_code, department_code, month_start, amount FROM budget_line WHERE budget_id = :id
                ORDER BY account_code, department_code, month_start""")
                .param("id", budgetId).query(BudgetStore::amount).list();
    }

    List<BudgetLine> lines(long budgetId, LocalDate firstMonth, LocalDate lastMonth) {
        return jdbc.sql("""
                SELECT account_code, department_code, month_start, amount FROM budget_line
                WHERE budget_id = :id AND month_start >= :first AND month_start <= :last""")
                .param("id", budgetId).param("first", Date.valueOf(firstMonth)).param("last", Date.valueOf(lastMonth))
                .query(BudgetStore::amount).list();
    }

    /**
     * One row per line (account and department) of a budget, with the sum of its months from first to last (0 when
     * none of them falls there): what an evaluation needs, in one query.
     */
    List<BudgetLine> sums(long budgetId, LocalDate firstMonth, LocalDate lastMonth) {
        return jdbc.sql("""
                SELECT account_code, department_code,
                       COALESCE(SUM(CASE WHEN month_start >= :first AND month_start <= :last THEN amount END), 0)
                FROM budget_line WHERE budget_id = :id GROUP BY account_code, department_code""")
                .param("id", budgetId).param("first", Date.valueOf(firstMonth)).param("last", Date.valueOf(lastMonth))
                .query((rs, i) -> new BudgetLine(rs.getString(1), rs.getString(2), YearMonth.from(firstMonth), rs.getBigDecimal(3)))
                .list();
    }

    /** Replaces the months of one account and department with the amounts given. */
    void replace(long budgetId, String account, String department, Map<YearMonth, BigDecimal> months) {
        for (Map.Entry<YearMonth, BigDecimal> e : months.entrySet()) {
            jdbc.sql("DELETE FROM budget_line WHERE budget_id = :b AND account_code = :a AND department_code = :d AND month_start = :m")
                    .param("b", budgetId).param("a", account).param("d", department).param("m", Date.valueOf(e.getKey().atDay(1)))
                    .update();
            jdbc.sql("""
                    INSERT INTO budget_line (budget_id, account_code, department_code, month_start, amount)
                    VALUES (:b, :a, :d, :m, :amount)""")
                    .param("b", budgetId).param("a", account).param("d", department)
                    .param("m", Date.valueOf(e.getKey().atDay(1))).param("amount", e.getValue()).update();
        }
    }

    void deleteLines(long budgetId) {
        jdbc.sql("DELETE FROM budget_line WHERE budget_id = :b").param("b", budgetId).update();
    }

    Map<Long, String> activityDepartments() {
        Map<Long, String> out = new TreeMap<>();
        jdbc.sql("SELECT activity_id, department_code FROM budget_activity_department")
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    void setActivityDepartment(long activityId, String department) {
        jdbc.sql("DELETE FROM budget_activity_department WHERE activity_id = :a").param("a", activityId).update();
        if (department != null)
            jdbc.sql("INSERT INTO budget_activity_department (activity_id, department_code) VALUES (:a, :d)")
                    .param("a", activityId).param("d", department).update();
    }

    /** The services (department codes) each team runs. */
    Map<Long, List<String>> teamServices() {
        Map<Long, List<String>> out = new TreeMap<>();
        jdbc.sql("SELECT team_id, department_code FROM budget_team_service ORDER BY team_id, department_code")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    void setTeamServices(long teamId, List<String> departments) {
        jdbc.sql("DELETE FROM budget_team_service WHERE team_id = :t").param("t", teamId).update();
        for (String d : departments)
            jdbc.sql("INSERT INTO budget_team_service (team_id, department_code) VALUES (:t, :d)")
                    .param("t", teamId).param("d", d).update();
    }

    /** The teams' comments on the quarter starting on that day. */
    Map<Long, String> teamComments(LocalDate quarterStart) {
        Map<Long, String> out = new TreeMap<>();
        jdbc.sql("SELECT team_id, comment FROM budget_team_report WHERE quarter_start = :q")
                .param("q", Date.valueOf(quarterStart)).query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    void setTeamComment(long teamId, LocalDate quarterStart, String comment, Long writtenBy, Instant at) {
        jdbc.sql("DELETE FROM budget_team_report WHERE team_id = :t AND quarter_start = :q")
                .param("t", teamId).param("q", Date.valueOf(quarterStart)).update();
        jdbc.sql("""
                INSERT INTO budget_team_report (team_id, quarter_start, comment, written_by, updated_at)
                VALUES (:t, :q, :c, :by, :at)""")
                .param("t", teamId).param("q", Date.valueOf(quarterStart)).param("c", comment).param("by", writtenBy)
                .param("at", Timestamp.from(at)).update();
    }

    /** The adopted budgets marked public, newest year first. */
    List<Budget> publicBudgets() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE public_budget = TRUE AND status = 'ADOPTED' ORDER BY fiscal_year DESC")
                .query(BudgetStore::budget).list();
    }

    private static Budget budget(ResultSet rs, int i) throws SQLException {
        long revises = rs.getLong("revises_id");
        Long revisesId = rs.wasNull() ? null : revises;
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        return new Budget(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("name"),
                Budget.Status.valueOf(rs.getString("status")), rs.getInt("version"), revisesId, decisionId,
                rs.getBoolean("public_budget"), rs.getString("note"), rs.getTimestamp("created_at").toInstant());
    }

    private static BudgetLine amount(ResultSet rs, int i) throws SQLException {
        return new BudgetLine(rs.getString(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()), rs.getBigDecimal(4));
    }
}
