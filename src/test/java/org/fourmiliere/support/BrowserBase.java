package org.fourmiliere.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page flow in a real browser: Debian's Chromium driven by Playwright, offline, against the running
 * application, which the subclass names: {@link BrowserTest} (the run's application) or {@link DemoBrowserTest}
 * (a demo instance). Screenshots go to {@code target/screenshots/}.
 */
public abstract class BrowserBase {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** One Chromium for the whole run, launched by the first browser test and closed when the tests' JVM ends. */
    @BeforeAll
    static synchronized void launch() {
        if (browser != null) return;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }, "close-chromium"));
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CA"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
    }

    protected static Browser browser() {
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.fill("#username", email);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForLoadState();
    }

    protected void screenshot(String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
