package vn.hoctap.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces query syllables the library never uses with the closest ones it does
 * (on folded text, so the suggestion works whether or not the member typed diacritics).
 */
final class Suggestions {

    private final IndexReader reader;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Suggestions(IndexReader reader) {
        this.reader = reader;
        checker.setMinQueryLength(3);
    }

    private boolean known(String folded) throws IOException {
        for (String field : Fields.TEXT) {
            if (reader.docFreq(new Term(field + Fields.FOLDED, folded)) > 0) {
                return true;
            }
        }
        return false;
    }

    private String closest(String folded) throws IOException {
        for (String field : new String[] {Fields.BODY, Fields.TITLE, Fields.HEADING}) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field + Fields.FOLDED, folded), 1, reader);
            if (words.length > 0) {
                return words[0].string;
            }
        }
        return null;
    }

    List<String> forTerms(String query, List<String> foldedTerms) throws IOException {
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String t : foldedTerms) {
            String replacement = known(t) ? null : closest(t);
            corrected.add(replacement == null ? t : replacement);
            changed |= replacement != null;
        }
        return changed ? List.of(String.join(" ", corrected)) : List.of();
    }
}
