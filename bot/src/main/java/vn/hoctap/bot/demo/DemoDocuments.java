package vn.hoctap.bot.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.hoctap.content.document.NewDocument;

/**
 * Reads the demo documents shipped with the app: a front-matter block (type, number, issuer,
 * issued, title) and the summary. The full Markdown importer belongs to the content module.
 */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static NewDocument read(String resource) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo document missing: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NewDocument parse(String text, String name) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException(name + ": front matter must start with ---");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalArgumentException(name + ": front matter is not closed with ---");
        }
        Map<String, String> meta = new HashMap<>();
        for (String line : normalized.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new NewDocument(meta.get("type"), meta.get("number"), meta.get("issuer"),
                LocalDate.parse(meta.get("issued")), meta.get("title"), normalized.substring(end + 5));
    }
}
