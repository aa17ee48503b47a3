package org.fourmiliere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Java names a {@link Permission}; only {@link Permission#authority()} spells its authority. */
class PermissionAuthorityTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PERMISSION = SOURCES.resolve("org/fourmiliere/accounts/Permission.java");

    @Test
    void noAuthorityIsSpelledOutsidePermission() throws IOException {
        List<String> spelled;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            spelled = files.filter(f -> f.toString().endsWith(".java") && !f.equals(PERMISSION))
                    .filter(f -> read(f).contains("\"PERM_"))
                    .map(f -> SOURCES.relativize(f).toString())
                    .toList();
        }
        assertThat(spelled).as("sources spelling a \"PERM_…\" authority").isEmpty();
        assertThat(Permission.MANAGE_MEMBERS.authority()).isEqualTo("PERM_MANAGE_MEMBERS");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
