package vn.hoctap.bot.web;

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
 * The two bundles stay in step: every Vietnamese text has its English fallback and the other way
 * round, and every fixed key a template asks for exists, so no page shows "??key_vi??". Many hands
 * add keys at once (each feature appends its own block), which is how a key gets lost.
 */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void everyVietnameseKeyHasAnEnglishFallbackAndTheOtherWayRound() throws IOException {
        Set<String> vi = load("/messages_vi.properties").stringPropertyNames();
        Set<String> en = load("/messages.properties").stringPropertyNames();
        assertThat(difference(vi, en)).as("keys only in messages_vi.properties").isEmpty();
        assertThat(difference(en, vi)).as("keys only in messages.properties").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothBundles() throws IOException {
        Set<String> vi = load("/messages_vi.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in templates").isNotEmpty();
        assertThat(difference(used, vi)).as("template keys missing from the bundles").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
