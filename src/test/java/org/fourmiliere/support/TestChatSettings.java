package org.fourmiliere.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The chat settings of the integration tests' application: the slash commands' secrets, and an IRC bot pointed at
 * a loopback port where {@code IrcBotIT} starts a real ngircd (until then the bot retries every second).
 */
public class TestChatSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SLACK_SECRET = "slack-test-signing-secret";
    public static final String MATTERMOST_TOKEN = "mattermost-test-token";
    public static final String MATRIX_SECRET = "matrix-test-secret";
    public static final String IRC_CHANNEL = "#fourmi";
    public static final String BOT_NICK = "fourmibot";
    public static final int IRC_PORT = freePort();

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-chat", Map.of(
                "fourmiliere.chat.slack-signing-secret", SLACK_SECRET,
                "fourmiliere.chat.mattermost-token", MATTERMOST_TOKEN,
                "fourmiliere.chat.matrix-secret", MATRIX_SECRET,
                "fourmiliere.chat.irc.host", "127.0.0.1",
                "fourmiliere.chat.irc.port", String.valueOf(IRC_PORT),
                "fourmiliere.chat.irc.tls", "false",
                "fourmiliere.chat.irc.nick", BOT_NICK,
                "fourmiliere.chat.irc.channels", IRC_CHANNEL,
                "fourmiliere.chat.irc.max-backoff", "PT1S")));
    }
}
