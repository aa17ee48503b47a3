package org.fourmiliere.shared;

import java.sql.Connection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database is in use, so that nobody runs on the wrong one without knowing. */
@Component
class DatabaseReport {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);
    private final DataSource dataSource;

    DatabaseReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            var md = c.getMetaData();
            log.info("Database in use: {} {} at {}", md.getDatabaseProductName(), md.getDatabaseProductVersion(), md.getURL());
        }
    }
}
