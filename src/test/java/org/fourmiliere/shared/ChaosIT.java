package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The crash-safety run of {@code bench/chaos.sh} at small scale (two kills under load, one under a journal import,
 * three clients), on a PostgreSQL database of its own: the packaged application is started as a child process and
 * killed with SIGKILL; every acknowledged write must be there exactly once, nothing half-written, the journal
 * balanced, the monthly totals equal to the postings, the import all or nothing.
 */
@IntegrationTest
class ChaosIT {

    @Autowired DataSource dataSource;

    @Test
    void killedUnderLoadNothingAcknowledgedLostNothingTwiceNothingHalfWritten() throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL().replaceAll("\\?.*", "");
            user = c.getMetaData().getUserName();
        }
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "the chaos run is on PostgreSQL");
        File[] jars = new File("target").listFiles((d, n) -> n.startsWith("fourmiliere-") && n.endsWith(".jar") && !n.contains("plain"));
        Assumptions.assumeTrue(jars != null && jars.length > 0, "the packaged application (mvn package)");
        String db = url.substring(url.lastIndexOf('/') + 1) + "_chaos";
        String chaosUrl = url.substring(0, url.lastIndexOf('/') + 1) + db;
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db);
        }
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            String driverJar = Path.of(Class.forName("org.postgresql.Driver").getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            Path out = Files.createTempFile("chaos", ".out");
            Process p = new ProcessBuilder(java, "-cp", driverJar, "bench/java/ChaosDriver.java", jars[0].getAbsolutePath(),
                    chaosUrl, user, "2", "3").redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done = p.waitFor(15, TimeUnit.MINUTES);
            if (!done) p.destroyForcibly();
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(done).as(output).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("0 failures");
        } finally {
            try (Connection c = DriverManager.getConnection(server, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }
}
