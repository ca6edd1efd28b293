package vn.hoctap.content.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.hoctap.content.document.Section;
import vn.hoctap.content.text.Folding;
import vn.hoctap.content.text.TextCleaner;
import vn.hoctap.content.text.VietnameseSentences;

/**
 * Splits cleaned sections into whole sentences (a lead-in ending with a colon stays with its list,
 * so no summary sentence ends at "khẳng định:") and sentences into folded content terms.
 */
final class Sentences {

    record Sentence(int sectionIndex, String heading, String text, boolean firstInSection) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** Function syllables that carry no topic; only for ranking, never for search. */
    private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "cac", "nhung", "trong", "de", "voi", "la",
            "co", "duoc", "cho", "theo", "tu", "den", "mot", "nay", "do", "khi", "ve", "tai", "tren", "thi", "ma", "nhu",
            "o", "se", "da", "dang", "cung", "con", "hon", "rat", "moi", "nhieu", "lai", "ra", "vao", "bang", "nen");

    private Sentences() {
    }

    static List<Sentence> of(List<Section> sections) {
        List<Sentence> out = new ArrayList<>();
        for (int si = 0; si < sections.size(); si++) {
            Section section = sections.get(si);
            boolean first = true;
            for (String raw : VietnameseSentences.units(TextCleaner.clean(section.text()))) {
                String s = raw.strip().replaceFirst("^[-•+*]\\s*", "");
                if (s.length() < 15 || WORD.matcher(s).results().count() < 4) {
                    continue;
                }
                out.add(new Sentence(si, section.heading(), s, first));
                first = false;
            }
        }
        return out;
    }

    static Set<String> terms(String sentence) {
        Set<String> terms = new HashSet<>();
        var m = WORD.matcher(Folding.fold(sentence));
        String previous = null;
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION_WORDS.contains(w)) {
                terms.add(w);
                if (previous != null) {
                    terms.add(previous + "_" + w);
                }
                previous = w;
            } else {
                previous = null;
            }
        }
        return terms;
    }
}
