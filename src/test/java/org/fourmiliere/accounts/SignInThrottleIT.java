package org.fourmiliere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Repeated failed sign-ins lock the account for a while: even the right password is refused then. */
@IntegrationTest
class SignInThrottleIT {

    @LocalServerPort int port;
    @Autowired AccountDirectory accounts;

    @Test
    void fiveFailuresLockTheAccount() {
        String email = "throttled-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "right-password-1", null, "en", false);
        Api api = new Api(port).language("en");
        assertThat(api.basic(email, "right-password-1").get("/api/v1/tokens").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api.basic(email, "wrong-" + i).get("/api/v1/tokens").status()).isEqualTo(401);
        }
        var locked = api.basic(email, "right-password-1").get("/api/v1/tokens");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("detail").asString()).contains("locked");
    }

    @Test
    void aSuccessResetsTheCount() {
        String email = "reset-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "right-password-1", null, "en", false);
        Api api = new Api(port);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) api.basic(email, "wrong").get("/api/v1/tokens");
            assertThat(api.basic(email, "right-password-1").get("/api/v1/tokens").status()).isEqualTo(200);
        }
    }
}
