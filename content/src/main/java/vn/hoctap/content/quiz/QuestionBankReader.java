package vn.hoctap.content.quiz;

import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.hoctap.content.importing.ImportFailedException;

/**
 * Reads the authored questions of a Markdown document: the optional {@code questions:} key of its
 * YAML front matter, a list of maps
 *
 * <pre>
 * questions:
 *   - question: "Nghị quyết 21-NQ/TW đặt mục tiêu mức sinh thay thế là bình quân mỗi phụ nữ có khoảng bao nhiêu con?"
 *     options: ["1,8 con", "2,1 con", "2,5 con", "3 con"]
 *     correct: 1            # 0-based; a list such as [0, 2] when several options are correct
 *     explanation: "Mục tiêu đến năm 2030: duy trì vững chắc mức sinh thay thế, khoảng 2,1 con."
 * </pre>
 *
 * Only that key is read; the rest of the front matter is the document importer's business. Every
 * problem is an {@link ImportFailedException} naming the file, the question's number (from 1) and
 * its line. Questions come back AUTHORED and APPROVED with document id 0, for the caller to set.
 */
public class QuestionBankReader {

    /** The front matter key holding the questions. */
    public static final String KEY = "questions";

    private static final Set<String> ENTRY_KEYS = Set.of("question", "options", "correct", "explanation");

    public List<QuizQuestion> read(String fileName, byte[] markdown) {
        String text = decode(fileName, markdown);
        List<String> lines = text.lines().toList();
        int open = 0;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).strip().equals("---")) {
            return List.of();
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---") && !lines.get(close).strip().equals("...")) {
            close++;
        }
        if (close == lines.size()) {
            throw new ImportFailedException(fileName, "the front matter is not closed by a '---' line");
        }
        String yaml = String.join("\n", lines.subList(open + 1, close));
        int firstLine = open + 2;
        Node root = compose(fileName, yaml, firstLine);
        if (!(root instanceof MappingNode map)) {
            return List.of();
        }
        Node questions = null;
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(KEY)) {
                questions = tuple.getValueNode();
            }
        }
        if (questions == null || (questions instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()))) {
            return List.of();
        }
        if (!(questions instanceof SequenceNode list)) {
            throw new ImportFailedException(fileName, "front matter key '" + KEY + "' (line " + line(questions, firstLine)
                    + ") must be a list of questions, each starting with '- question: ...'");
        }
        List<QuizQuestion> out = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node entry = list.getValue().get(i);
            out.add(entry(fileName, i + 1, entry, line(entry, firstLine)));
        }
        return List.copyOf(out);
    }

    private static QuizQuestion entry(String fileName, int number, Node node, int line) {
        String where = "question " + number + " (line " + line + ")";
        if (!(node instanceof MappingNode map)) {
            throw new ImportFailedException(fileName, where + " must be a map with 'question', 'options', 'correct'"
                    + " and optionally 'explanation'");
        }
        Set<String> unknown = new TreeSet<>();
        java.util.Map<String, Node> values = new java.util.LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
            if (!ENTRY_KEYS.contains(key)) {
                unknown.add(key);
            }
            if (values.put(key, tuple.getValueNode()) != null) {
                throw new ImportFailedException(fileName, where + " has the key '" + key + "' twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportFailedException(fileName, where + " has unknown key" + (unknown.size() > 1 ? "s '" : " '")
                    + String.join("', '", unknown) + "' (known: question, options, correct, explanation)");
        }
        String question = scalar(values.get("question"));
        if (question == null || question.isBlank()) {
            throw new ImportFailedException(fileName, where + " has no 'question' text");
        }
        where = where + " «" + excerpt(question) + "»";
        Node optionsNode = values.get("options");
        if (!(optionsNode instanceof SequenceNode optionList)) {
            throw new ImportFailedException(fileName, where + ": 'options' must be a list, e.g. [\"...\", \"...\"]");
        }
        List<String> options = new ArrayList<>();
        for (Node option : optionList.getValue()) {
            String text = scalar(option);
            if (text == null) {
                throw new ImportFailedException(fileName, where + ": every option must be a piece of text, not a list or map");
            }
            options.add(text);
        }
        Set<Integer> correct = correct(fileName, where, values.get("correct"));
        Node explanationNode = values.get("explanation");
        String explanation = explanationNode == null ? null : scalar(explanationNode);
        if (explanationNode != null && explanation == null) {
            throw new ImportFailedException(fileName, where + ": 'explanation' must be a piece of text");
        }
        try {
            return QuizQuestion.authored(question, options, correct, explanation);
        } catch (IllegalArgumentException e) {
            throw new ImportFailedException(fileName, where + ": " + e.getMessage(), e);
        }
    }

    private static Set<Integer> correct(String fileName, String where, Node node) {
        String expected = ": 'correct' must be the number of the correct option counted from 0, or a list of"
                + " them when several are correct, e.g. 1 or [0, 2]";
        if (node == null) {
            throw new ImportFailedException(fileName, where + ": 'correct' is missing" + expected.replace(": 'correct' must", "; it must"));
        }
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (items.isEmpty()) {
            throw new ImportFailedException(fileName, where + ": 'correct' is an empty list; mark at least one option");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (Node item : items) {
            String value = scalar(item);
            if (value == null || !value.strip().matches("\\d{1,2}")) {
                throw new ImportFailedException(fileName, where + expected + " (found '" + (value == null ? "a list" : value) + "')");
            }
            out.add(Integer.valueOf(value.strip()));
        }
        return out;
    }

    private static String scalar(Node node) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        return null;
    }

    private static Node compose(String fileName, String yaml, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = firstLine + (e.getProblemMark() == null ? e.getContextMark().getLine() : e.getProblemMark().getLine());
            throw new ImportFailedException(fileName, "the front matter is not valid YAML at line " + line + ": "
                    + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new ImportFailedException(fileName, "the front matter is not valid YAML: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    private static int line(Node node, int firstLine) {
        return node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
    }

    private static String excerpt(String question) {
        String q = question.strip().replaceAll("\\s+", " ");
        return q.length() <= 40 ? q : q.substring(0, 39) + "…";
    }

    private static String decode(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFailedException(fileName, "the file is empty");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new ImportFailedException(fileName, "the text is not UTF-8; save the file as UTF-8 and import again", e);
        }
    }
}
