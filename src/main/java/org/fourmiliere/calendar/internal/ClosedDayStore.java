package org.fourmiliere.calendar.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the table {@code calendar_closed_day}: SQL only, no rules (see {@link ClosedDays}). */
@Repository
class ClosedDayStore {

    private static final String COLUMNS = "id, first_day, last_day, label";

    private final JdbcClient jdbc;

    ClosedDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClosedDays> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_closed_day ORDER BY first_day, id")
                .query(ClosedDayStore::row).list();
    }

    /** The runs with a day in that year. */
    List<ClosedDays> ofYear(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_closed_day WHERE first_day <= :last AND last_day >= :first"
                        + " ORDER BY first_day, id")
                .param("first", Date.valueOf(year + "-01-01")).param("last", Date.valueOf(year + "-12-31"))
                .query(ClosedDayStore::row).list();
    }

    /** The run, locked until the transaction ends. */
    Optional<ClosedDays> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_closed_day WHERE id = :id FOR UPDATE").param("id", id)
                .query(ClosedDayStore::row).optional();
    }

    long insert(ClosedDays c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_closed_day (first_day, last_day, label) VALUES (:first, :last, :label)")
                .param("first", Date.valueOf(c.firstDay())).param("last", Date.valueOf(c.lastDay()))
                .param("label", c.label())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM calendar_closed_day WHERE id = :id").param("id", id).update();
    }

    private static ClosedDays row(ResultSet rs, int n) throws SQLException {
        return new ClosedDays(rs.getLong("id"), rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(),
                rs.getString("label"));
    }
}
