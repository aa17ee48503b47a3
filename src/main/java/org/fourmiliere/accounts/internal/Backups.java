package org.fourmiliere.accounts.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;

/** Online backups of the embedded database (docs/operations.md). */
@Service
public class Backups {

    private final BackupStore store;
    private final Clock clock;
    private final AuditTrail audit;

    Backups(BackupStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    /** A zip of the whole H2 database, consistent as of now, in a temporary file the caller deletes. */
    public Path embeddedBackup() throws IOException {
        switch (store.kind()) {
            case POSTGRESQL -> throw new Problems.Conflict(null, "backup.use-pg-dump");
            case H2_MEMORY -> throw new Problems.Conflict(null, "backup.in-memory");
            case H2_FILE -> { }
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(clock.getZone()));
        Path dir = Files.createTempDirectory("fourmiliere-backup");
        Path zip = dir.resolve("fourmiliere-" + stamp + ".zip");
        store.backupTo(zip);
        audit.record("database", 0, "backed-up", null, null);
        return zip;
    }
}
