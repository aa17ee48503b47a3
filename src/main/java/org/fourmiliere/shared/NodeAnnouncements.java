package org.fourmiliere.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries committed events between the application nodes that serve one PostgreSQL database: the type name of
 * an event that something keeps in memory depends on is sent with {@code NOTIFY} in the writing transaction (so
 * PostgreSQL delivers it only if the change commits), and every node listens on one connection
 * ({@link CommittedEvents}). After losing that connection a node announces {@link #EVERYTHING}, since it may
 * have missed some.
 * On the embedded database there is one node only, and nothing to carry.
 */
@Component
class NodeAnnouncements implements SmartLifecycle {

    static final String CHANNEL = "fourmiliere_changes";
    /** Announced when changes may have been missed (a node lost its link to the others). */
    static final String EVERYTHING = "*";
    private static final Logger log = LoggerFactory.getLogger(NodeAnnouncements.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean postgres;
    private volatile Consumer<String> sink = type -> { };
    private volatile boolean running;
    private Thread listener;

    NodeAnnouncements(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void deliverTo(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Sends the announcement to the other nodes when the current transaction commits (PostgreSQL only). */
    void tellOthers(String eventType) {
        if (postgres()) jdbc.sql("SELECT pg_notify(:c, :t)").param("c", CHANNEL).param("t", eventType).query().listOfRows();
    }

    private boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            try (Connection c = dataSource.getConnection()) {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                return false;
            }
            postgres = p;
        }
        return p;
    }

    @Override
    public void start() {
        running = true;
        if (!postgres()) return;
        listener = Thread.ofPlatform().daemon().name("fourmiliere-announcements").start(this::listen);
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                sink.accept(EVERYTHING);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(500);
                    if (heard == null) continue;
                    for (PGNotification n : heard) sink.accept(n.getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                log.warn("Listening to the other nodes failed ({}); trying again in a second", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
