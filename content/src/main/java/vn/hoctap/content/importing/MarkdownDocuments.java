package vn.hoctap.content.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.text.TextCleaner;

/**
 * Reads the authoring format of the document library: YAML front matter between "---" lines, then
 * Markdown whose "#", "##" and "###" headings make the sections. Text before the first heading
 * becomes an introductory "Mở đầu" section. The body is cleaned of page furniture (a news article
 * pasted from a web page); an unnumbered text's missing title and date come from the hints or file name.
 */
final class MarkdownDocuments {

    static final String INTRO_HEADING = "Mở đầu";

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(\\S.*?)(?:[ \\t]+#+)?[ \\t]*$");

    private MarkdownDocuments() {
    }

    static NewDocument parse(String text) {
        return parse(text, ImportHints.none(), null);
    }

    static NewDocument parse(String text, ImportHints hints, String fileName) {
        List<String> lines = text.replace("\uFEFF", "").lines().toList();
        int open = 0;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).strip().equals("---")) {
            throw new ImportProblem("missing YAML front matter: the file must start with a '---' line, then the keys"
                    + " (type, number, issuer, issued, title…), then another '---' line");
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---") && !lines.get(close).strip().equals("...")) {
            close++;
        }
        if (close == lines.size()) {
            throw new ImportProblem("the front matter is not closed by a '---' line");
        }
        FrontMatter fm = FrontMatter.parse(String.join("\n", lines.subList(open + 1, close)), open + 2);
        List<Section> sections = sections(TextCleaner.cleanLines(lines.subList(close + 1, lines.size())));
        if (sections.isEmpty() && fm.summary() == null) {
            throw new ImportProblem("the document has neither body text after the front matter nor a 'summary'");
        }
        String title = fm.title() != null ? fm.title() : hints.title() != null ? hints.title()
                : TextMetadata.titleFromFileName(fileName);
        LocalDate issued = fm.issued() != null ? fm.issued() : hints.issuedOn() != null ? hints.issuedOn()
                : TextMetadata.dateInFileName(fileName).orElse(hints.today());
        String issuer = fm.issuer() != null ? fm.issuer() : hints.source() != null && fm.number() == null ? hints.source() : "";
        return new NewDocument(fm.type(), fm.number(), issuer, issued, title, fm.summary(), fm.term(),
                fm.plenum(), fm.keyPoints(), sections);
    }

    static List<Section> sections(List<String> body) {
        List<Section> sections = new ArrayList<>();
        int level = 1;
        String heading = null;
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : body) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
            }
            Matcher m = inFence ? null : HEADING.matcher(line.strip());
            if (m != null && m.matches()) {
                add(sections, level, heading, text);
                level = Math.min(3, m.group(1).length());
                heading = m.group(2);
                text.setLength(0);
            } else {
                text.append(line.stripTrailing()).append('\n');
            }
        }
        add(sections, level, heading, text);
        return sections;
    }

    /** Adds a section; {@code heading} null means the text before the first heading, kept only if non-blank. */
    private static void add(List<Section> sections, int level, String heading, StringBuilder text) {
        String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
        if (heading != null || !body.isEmpty()) {
            sections.add(new Section(level, heading == null ? INTRO_HEADING : heading, body));
        }
    }
}
