package org.fourmiliere.accounting.internal.ledgerstream;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** The reference: one multi-row insert for the entries of a batch (with generated keys), one for their lines. */
final class InsertJournalWriter implements JournalWriter {

    private static final int LINES_PER_STATEMENT = 2000;

    private final Connection c;
    private final long importId;
    private final Timestamp at;
    private final String actor;

    InsertJournalWriter(Connection c, long importId, Instant at, String actor) {
        this.c = c;
        this.importId = importId;
        this.at = Timestamp.from(at);
        this.actor = actor;
    }

    /** The sum of an entry's debits, as recorded on the entry. */
    static BigDecimal total(Head entry) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Line l : entry.lines()) if (l.amount().signum() > 0) total = total.add(l.amount());
        return total;
    }

    @Override
    public int linesPerBatch() {
        return LINES_PER_STATEMENT;
    }

    @Override
    public void write(List<Head> entries) throws SQLException {
        insertLines(entries, insertHeads(entries));
    }

    private long[] insertHeads(List<Head> entries) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO journal_entry (entry_date, description, reference, total, line_count, posted_at, posted_by, import_id) VALUES ");
        for (int i = 0; i < entries.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        long[] ids = new long[entries.size()];
        try (PreparedStatement ps = c.prepareStatement(sql.toString(), new String[] {"id"})) {
            int k = 1;
            for (Head t : entries) {
                ps.setDate(k++, Date.valueOf(t.date()));
                ps.setString(k++, t.description());
                ps.setString(k++, t.reference());
                ps.setBigDecimal(k++, total(t));
                ps.setInt(k++, t.lines().size());
                ps.setTimestamp(k++, at);
                ps.setString(k++, actor);
                ps.setLong(k++, importId);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                int i = 0;
                while (keys.next()) ids[i++] = keys.getLong(1);
                if (i != ids.length) throw new SQLException("expected " + ids.length + " keys, got " + i);
            }
        }
        return ids;
    }

    private void insertLines(List<Head> entries, long[] ids) throws SQLException {
        int count = 0;
        for (Head t : entries) count += t.lines().size();
        StringBuilder sql = new StringBuilder("INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount,"
                + " department_id, party, description, reference) VALUES ");
        for (int i = 0; i < count; i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int k = 1;
            for (int e = 0; e < entries.size(); e++) {
                Head t = entries.get(e);
                Date day = Date.valueOf(t.date());
                for (int i = 0; i < t.lines().size(); i++) {
                    Line l = t.lines().get(i);
                    ps.setLong(k++, ids[e]);
                    ps.setInt(k++, i + 1);
                    ps.setDate(k++, day);
                    ps.setLong(k++, l.accountId());
                    ps.setBigDecimal(k++, l.amount());
                    if (l.departmentId() == null) ps.setNull(k++, Types.BIGINT); else ps.setLong(k++, l.departmentId());
                    ps.setString(k++, l.party());
                    ps.setString(k++, t.description());
                    ps.setString(k++, t.reference());
                }
            }
            ps.executeUpdate();
        }
    }
}
