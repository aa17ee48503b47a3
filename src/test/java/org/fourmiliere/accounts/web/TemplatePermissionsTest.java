package org.fourmiliere.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fourmiliere.accounts.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Templates name permissions only through {@code @permissions.has('NAME')}, and only names that exist. */
class TemplatePermissionsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern USE = Pattern.compile("@permissions\\.");
    private static final Pattern HAS = Pattern.compile("@permissions\\.has\\('([A-Za-z_]*)'\\)");

    private final TemplatePermissions permissions = new TemplatePermissions();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPermissionNamedInATemplateExists() throws IOException {
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (Path template : templates()) {
            String text = Files.readString(template);
            String where = TEMPLATES.relativize(template).toString();
            Matcher has = HAS.matcher(text);
            int literal = 0;
            while (has.find()) {
                literal++;
                try {
                    Permission.valueOf(has.group(1));
                } catch (IllegalArgumentException e) {
                    wrong.add(where + ": no permission named " + has.group(1));
                }
            }
            long uses = USE.matcher(text).results().count();
            if (uses != literal) wrong.add(where + ": a permission not named as a literal in @permissions.has('…')");
            if (text.contains("PERM_")) wrong.add(where + ": an authority PERM_… instead of @permissions.has");
            if (text.contains("hasAuthority")) wrong.add(where + ": hasAuthority instead of @permissions.has");
            named += literal;
        }
        assertThat(wrong).isEmpty();
        assertThat(named).as("permissions named in the templates").isGreaterThan(20);
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThatThrownBy(() -> permissions.has("MANAGE_EVERYTHING"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MANAGE_EVERYTHING");
        assertThatThrownBy(() -> permissions.has("manage_bodies")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReaderHoldsWhatTheirAuthoritiesGrant() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "reader", null, AuthorityUtils.createAuthorityList(Permission.READ_BOOKS.authority())));

        assertThat(permissions.has("READ_BOOKS")).isTrue();
        assertThat(permissions.has("KEEP_BOOKS")).isFalse();
    }

    @Test
    void anAnonymousVisitorHoldsNothing() {
        assertThat(permissions.has("READ_BOOKS")).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(permissions.has("READ_BOOKS")).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
