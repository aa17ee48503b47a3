package org.fourmiliere;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in French and in English: both bundles of each pair have the same keys, none empty, and
 * no lone apostrophe (which MessageFormat would swallow).
 */
class BundlesTest {

    /** Every message goes through MessageFormat (spring.messages.always-use-message-format), so ' is written ''. */
    private static final String LONE_QUOTE = "(?<!')'(?!')";

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path fr : files.filter(p -> p.getFileName().toString().endsWith("_fr.properties")).toList()) {
                Path en = fr.resolveSibling(fr.getFileName().toString().replace("_fr.properties", "_en.properties"));
                assertThat(en).as("English twin of " + fr).exists();
                Properties f = load(fr);
                Properties e = load(en);
                Set<String> onlyFr = new TreeSet<>(f.stringPropertyNames());
                onlyFr.removeAll(e.stringPropertyNames());
                Set<String> onlyEn = new TreeSet<>(e.stringPropertyNames());
                onlyEn.removeAll(f.stringPropertyNames());
                assertThat(onlyFr).as("keys in " + fr + " only").isEmpty();
                assertThat(onlyEn).as("keys in " + en + " only").isEmpty();
                assertThat(repeatedKeys(fr)).as("keys written twice in " + fr + " (the last one wins)").isEmpty();
                assertThat(repeatedKeys(en)).as("keys written twice in " + en + " (the last one wins)").isEmpty();
                f.forEach((k, v) -> assertThat(v.toString()).as(fr + " " + k).isNotBlank().doesNotContainPattern(LONE_QUOTE));
                e.forEach((k, v) -> assertThat(v.toString()).as(en + " " + k).isNotBlank().doesNotContainPattern(LONE_QUOTE));
            }
        }
    }

    /** A refusal's message and a page's text name a key that exists (else the reader sees the key itself). */
    private static final Pattern REFUSAL = Pattern.compile(
            "new (?:Problems\\.)?(?:InvalidInput|Conflict|NotFound)\\(\\s*(?:\"([^\"]*)\"|[^,()]*(?:\\([^()]*\\))?)\\s*(?:,\\s*\"([^\"]*)\")?");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    private static final Pattern KEY = Pattern.compile("[a-z][\\w-]*(\\.[\\w-]+)+");

    @Test
    void everyKeyNamedInCodeOrPagesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path en : files.filter(p -> p.getFileName().toString().endsWith("_en.properties")).toList()) {
                keys.addAll(load(en).stringPropertyNames());
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REFUSAL.matcher(Files.readString(java));
                while (m.find()) {
                    for (String k : new String[] {m.group(1), m.group(2)}) {
                        if (k != null && KEY.matcher(k).matches() && !keys.contains(k)) {
                            missing.add(k + " (" + java.getFileName() + ")");
                        }
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(html));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + html.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys named in code or pages but in no bundle").isEmpty();
    }

    private static Set<String> repeatedKeys(Path bundle) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=") || Character.isWhitespace(line.charAt(0))) continue;
            String key = l.substring(0, l.indexOf('=')).strip();
            if (!seen.add(key)) twice.add(key);
        }
        return twice;
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
