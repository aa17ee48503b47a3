package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * On PostgreSQL, an import writes with COPY: entry numbers are reserved from the identity sequence in
 * blocks (imports and postings are serialized by the books' lock row), then each batch of entries and
 * their lines goes in two COPY statements. The balance trigger checks each COPY of lines as one statement.
 */
final class CopyJournalWriter implements JournalWriter {

    static final int LINES_PER_COPY = 50_000;
    private static final int ID_BLOCK = 10_000;

    private final Connection c;
    private final CopyManager copy;
    private final String importId;
    private final String at;
    private final String actor;
    private long nextId;
    private long lastId = -1;

    CopyJournalWriter(Connection c, long importId, Instant at, String actor) {
        try {
            this.c = c;
            this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.importId = Long.toString(importId);
        this.at = at.toString();
        this.actor = escape(actor);
    }

    private long nextId() throws SQLException {
        if (nextId > lastId) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT nextval(pg_get_serial_sequence('journal_entry', 'id'))")) {
                rs.next();
                nextId = rs.getLong(1);
            }
            lastId = nextId + ID_BLOCK - 1;
            try (Statement st = c.createStatement()) {
                st.execute("SELECT setval(pg_get_serial_sequence('journal_entry', 'id'), " + lastId + ")");
            }
        }
        return nextId++;
    }

    @Override
    public int linesPerBatch() {
        return LINES_PER_COPY;
    }

    @Override
    public void write(List<Head> entries) throws SQLException, IOException {
        long[] ids = new long[entries.size()];
        String[] descriptions = new String[entries.size()];
        String[] references = new String[entries.size()];
        StringBuilder heads = new StringBuilder(entries.size() * 120);
        for (int e = 0; e < entries.size(); e++) {
            Head t = entries.get(e);
            ids[e] = nextId();
            descriptions[e] = escape(t.description());
            references[e] = t.reference() == null ? "\\N" : escape(t.reference());
            heads.append(ids[e]).append('\t').append(t.date()).append('\t').append(descriptions[e]).append('\t')
                    .append(references[e]).append('\t').append(InsertJournalWriter.total(t).toPlainString()).append('\t')
                    .append(t.lines().size()).append('\t').append(at).append('\t').append(actor).append('\t')
                    .append(importId).append('\n');
        }
        send("COPY journal_entry (id, entry_date, description, reference, total, line_count, posted_at, posted_by, import_id) FROM STDIN", heads);
        StringBuilder lines = new StringBuilder(LINES_PER_COPY * 90);
        for (int e = 0; e < entries.size(); e++) {
            Head t = entries.get(e);
            String day = t.date().toString();
            for (int i = 0; i < t.lines().size(); i++) {
                Line l = t.lines().get(i);
                lines.append(ids[e]).append('\t').append(i + 1).append('\t').append(day).append('\t').append(l.accountId()).append('\t')
                        .append(l.amount().toPlainString()).append('\t').append(l.departmentId() == null ? "\\N" : l.departmentId().toString())
                        .append('\t').append(l.party() == null ? "\\N" : escape(l.party())).append('\t').append(descriptions[e]).append('\t')
                        .append(references[e]).append('\n');
            }
        }
        send("COPY journal_line (entry_id, line_no, entry_date, account_id, amount, department_id, party, description, reference)"
                + " FROM STDIN", lines);
    }

    private void send(String sql, StringBuilder data) throws SQLException {
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String r = switch (ch) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (r != null && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) {
                if (r != null) b.append(r); else b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }
}
