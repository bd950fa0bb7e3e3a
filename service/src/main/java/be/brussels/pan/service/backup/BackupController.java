package be.brussels.pan.service.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/backups} (ADMIN): an online backup of the embedded H2 database ({@link DatabaseBackup}),
 * written on the server in {@code pan.backup.directory}; the answer names the file. How to restore it:
 * docs/security/retention.md.
 */
@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "admin: backups", description = "Online backup of the embedded H2 database (ADMIN)")
public class BackupController {

    private final DatabaseBackup backups;

    public BackupController(DatabaseBackup backups) {
        this.backups = backups;
    }

    @Operation(summary = "Back up the embedded H2 database (BACKUP TO a zip in pan.backup.directory)")
    @ApiResponse(responseCode = "200", description = "Written: the file's path on the server, its size and time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DatabaseBackup.Backup.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "409", description = "The database is PostgreSQL (use pg_dump) or an in-memory H2")
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public DatabaseBackup.Backup backup() {
        return backups.backup();
    }
}
