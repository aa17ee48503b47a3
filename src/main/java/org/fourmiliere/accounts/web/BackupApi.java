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
import org.springframework.web.bind.annotation.PostMapping;

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
    void backup(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        Path zip = backups.embeddedBackup();
        try (InputStream in = Files.newInputStream(zip)) {
            // written here, in the request's own thread, with its length: the client knows it has the whole copy
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + zip.getFileName() + "\"");
            response.setContentLengthLong(Files.size(zip));
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(zip.getParent());
        }
    }
}
