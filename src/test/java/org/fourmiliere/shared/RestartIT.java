package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fourmiliere.FourmiliereApplication;
import org.fourmiliere.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on its embedded default database keeps its data in the data folder across a restart:
 * started twice on the same folder, what the first run wrote is there in the second.
 */
class RestartIT {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("fourmiliere-restart");
        String[] args = {
                "--server.port=0",
                "--fourmiliere.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/fourmiliere;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--fourmiliere.db.url=", "--fourmiliere.db.user=",
                "--fourmiliere.admin.email=restart@test.local", "--fourmiliere.admin.password=restart-password-1",
                "--spring.flyway.clean-disabled=true"
        };
        String token;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(FourmiliereApplication.class).run(args)) {
            Api api = new Api(port(first));
            var created = api.basic("restart@test.local", "restart-password-1").post("/api/v1/tokens", "{\"name\":\"before restart\"}");
            assertThat(created.status()).isEqualTo(201);
            token = created.json().get("token").asString();
        }
        assertThat(dataDir.resolve("fourmiliere.mv.db")).exists();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(FourmiliereApplication.class).run(args)) {
            var list = new Api(port(second)).bearer(token).get("/api/v1/tokens");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains("before restart");
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
