package org.fourmiliere.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.internal.Backups;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A consistent copy of the embedded database while the application runs (bin/fourmiliere-backup calls it). */
@Allowed(Permission.ADMINISTER)
@ApiController("/api/v1/admin/backup")
@Tag(name = "Operations", description = "Backup of the embedded database")
class BackupApi {

    private final Backups backups;

    BackupApi(Backups backups) {
        this.backups = backups;
    }

    @PostMapping(produces = "application/zip")
    @Operation(summary = "A consistent copy of the embedded H2 database, as a zip (PostgreSQL: use pg_dump, 409)")
    ResponseEntity<StreamingResponseBody> backup() throws IOException {
        Path zip = backups.embeddedBackup();
        StreamingResponseBody body = (OutputStream out) -> {
            try (InputStream in = Files.newInputStream(zip)) {
                in.transferTo(out);
            } finally {
                Files.deleteIfExists(zip);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + zip.getFileName() + "\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .body(body);
    }
}
