package vn.hoctap.content.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML header of an authored Markdown document. Every problem names the key so the author knows
 * what to fix. Scalars are read as text (so "05" stays "05" and dates are not shifted by time zones)
 * and checked here. Only the always-numbered kinds (NQ, KL, CT, QĐ…) must give number, issuer, date
 * and title; a news article or report may leave them to the text's {@link ImportHints} and file name,
 * and name its {@code source} instead of an issuer.
 */
record FrontMatter(String type, String number, String issuer, LocalDate issued, String term, Integer plenum,
        String title, String summary, List<String> keyPoints) {

    /** {@code questions} is accepted but not read here: {@code vn.hoctap.content.quiz.QuestionBankReader} reads it. */
    static final Set<String> KEYS = Set.of("type", "number", "issuer", "issued", "term", "plenum", "title",
            "summary", "key_points", "questions", "source");

    /** Parses the YAML between the "---" lines; {@code firstLine} is its line number in the file, for messages. */
    static FrontMatter parse(String yaml, int firstLine) {
        Map<?, ?> map = load(yaml, firstLine);
        Set<String> unknown = new TreeSet<>();
        map.keySet().forEach(k -> {
            if (!KEYS.contains(String.valueOf(k))) {
                unknown.add(String.valueOf(k));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ImportProblem("unknown front matter key" + (unknown.size() > 1 ? "s '" : " '")
                    + String.join("', '", unknown) + "' (known keys: "
                    + String.join(", ", new TreeSet<>(KEYS)) + ")");
        }
        String rawType = text(map, "type", true);
        String type = DocumentTypes.code(rawType).orElseThrow(() -> invalid("type", rawType,
                "one of " + String.join(", ", DocumentTypes.CODES)));
        // a resolution, conclusion, directive or regulation always has them; news, reports and plans may not
        boolean complete = DocumentTypes.ALWAYS_NUMBERED.contains(type);
        String number = text(map, "number", complete);
        if (number != null && !number.matches("\\d{1,8}[\\p{L}]?")) {
            throw invalid("number", number, "the number alone, e.g. '18' (type and issuer have their own keys)");
        }
        String issuer = text(map, "issuer", complete || number != null);
        if (issuer != null && !issuer.matches("[\\p{L}\\d-]{1,16}")) {
            throw invalid("issuer", issuer, "a short code such as TW, TU or BTGTW");
        }
        String source = text(map, "source", false);
        if (source != null && source.length() > 120) {
            throw invalid("source", source.substring(0, 40) + "…", "at most 120 characters");
        }
        if (number == null && issuer == null) {
            issuer = source;
        }
        String issuedText = text(map, "issued", complete);
        LocalDate issued = null;
        try {
            issued = issuedText == null ? null : LocalDate.parse(issuedText);
        } catch (DateTimeParseException e) {
            throw invalid("issued", issuedText, "a date written yyyy-MM-dd, e.g. 2017-10-25");
        }
        String term = text(map, "term", false);
        if (term != null && VietnameseNumbers.roman(term.toUpperCase(java.util.Locale.ROOT)) <= 0) {
            throw invalid("term", term, "Roman numerals, e.g. XIII");
        }
        String plenumText = text(map, "plenum", false);
        if (plenumText != null && !plenumText.matches("\\d{1,2}")) {
            throw invalid("plenum", plenumText, "a whole number, e.g. 6");
        }
        Integer plenum = plenumText == null ? null : Integer.valueOf(plenumText);
        return new FrontMatter(type, number, issuer, issued, term, plenum, text(map, "title", complete),
                text(map, "summary", false), keyPoints(map.get("key_points")));
    }

    private static Map<?, ?> load(String yaml, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object loaded;
        try {
            loaded = new Yaml(new TextScalars(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            int line = firstLine + (e.getProblemMark() == null ? e.getContextMark().getLine() : e.getProblemMark().getLine());
            throw new ImportProblem("the front matter is not valid YAML at line " + line + ": "
                    + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem());
        } catch (YAMLException e) {
            throw new ImportProblem("the front matter is not valid YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ImportProblem("the front matter must be 'key: value' lines (type, number, issuer, issued, title…)");
        }
        return map;
    }

    private static String text(Map<?, ?> map, String key, boolean required) {
        Object value = map.get(key);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                throw new ImportProblem("front matter key '" + key + "' is missing or empty");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new ImportProblem("front matter key '" + key + "' must be a single value, not a list or map");
        }
        return s.strip();
    }

    private static List<String> keyPoints(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ImportProblem("front matter key 'key_points' must be a list of '- point' lines");
        }
        List<String> points = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw new ImportProblem("front matter key 'key_points' must contain only text items");
            }
            points.add(s);
        }
        return points;
    }

    private static ImportProblem invalid(String key, String value, String expected) {
        return new ImportProblem("front matter key '" + key + "' is '" + value + "' but must be " + expected);
    }

    /** Reads every scalar except null as a string, leaving validation to {@link FrontMatter}. */
    private static final class TextScalars extends SafeConstructor {
        TextScalars(LoaderOptions options) {
            super(options);
            for (Tag tag : List.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP, Tag.BINARY)) {
                yamlConstructors.put(tag, new ConstructYamlStr());
            }
        }
    }
}
