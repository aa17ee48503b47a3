package org.fourmiliere.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a compiled class says in its string constants (its SQL, for instance). ArchUnit's model has no string
 * literals, but a class file keeps them verbatim in its constant pool, so a condition can read the bytes of each
 * class from where it was imported.
 */
public final class ClassText {

    private ClassText() {
    }

    /** The bytes of the class file, one char per byte (the constant pool's ASCII text stays as written). */
    public static String of(JavaClass c) {
        var source = c.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + c.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A condition met by a class whose constants match {@code pattern} (its first group, or the whole match, names
     * what was found); to be used with {@code noClasses().should(...)}.
     */
    public static ArchCondition<JavaClass> mentioning(Pattern pattern, String description) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Matcher m = pattern.matcher(of(c));
                Set<String> found = new TreeSet<>();
                while (m.find()) found.add((m.groupCount() > 0 ? m.group(1) : m.group()).toLowerCase());
                boolean mentions = !found.isEmpty();
                events.add(new SimpleConditionEvent(c, mentions,
                        c.getName() + (mentions ? " says " + found : " says none of it")));
            }
        };
    }
}
