package vn.hoctap.content.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TokenStreamFromTermVector;

/**
 * Highlighted snippets: matches are found with the folded analyzer, whose offsets point into the
 * original text, so "bo may" highlights "bộ máy" with its diacritics. Output is HTML-escaped. Of a
 * query of several syllables only its syllable pairs are marked; where no pair occurs the passage
 * with its syllables is shown unmarked. A
 * fragment never starts with the punctuation it was cut after (", còn nặng…"). The tokens come from
 * the folded body's term vector when there is one (no analysis at search time), else from
 * analysing the text; both give the same snippet.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 180;
    static final int MAX_CHARS_ANALYZED = 20_000;

    private final Analyzer folded = Analyzers.of(Analyzers.Kind.FOLDED);

    private static final SimpleHTMLFormatter MARKS = new SimpleHTMLFormatter("<b>", "</b>");
    private static final SimpleHTMLFormatter NO_MARKS = new SimpleHTMLFormatter("", "");
    private static final java.util.regex.Pattern LEADING_PUNCTUATION = java.util.regex.Pattern.compile("^[\\s,;:.!?)\\]}…\\-–—]+");

    String of(Query highlightQuery, Query fallbackQuery, String text) {
        return of(highlightQuery, fallbackQuery, text, null);
    }

    /** With {@code vector}, the folded term vector of exactly {@code text}, or null to analyse the text. */
    String of(Query highlightQuery, Query fallbackQuery, String text, Terms vector) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String best = best(highlightQuery, text, vector, MARKS);
        if (best == null && fallbackQuery != highlightQuery) {
            // The syllables are there but never side by side: show where they are, without marking
            // look-alikes ("tỉnh", "tính" for "tinh") as if they were what was searched for.
            best = best(fallbackQuery, text, vector, NO_MARKS);
        }
        if (best != null) {
            return best;
        }
        String start = text.length() > FRAGMENT_CHARS ? text.substring(0, FRAGMENT_CHARS) + "…" : text;
        return SimpleHTMLEncoder.htmlEncode(start.replaceAll("\\s+", " "));
    }

    /** The best fragments with a match, or null when the query marks nothing in the text. */
    private String best(Query highlightQuery, String text, Terms vector, SimpleHTMLFormatter formatter) {
        QueryScorer scorer = new QueryScorer(highlightQuery, Fields.BODY + Fields.FOLDED);
        Highlighter highlighter = new Highlighter(formatter, new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYZED);
        try {
            // From a term vector, the scorer also finds phrase positions in it directly (no in-memory index).
            TokenStream tokens = vector != null ? new TokenStreamFromTermVector(vector, MAX_CHARS_ANALYZED)
                    : folded.tokenStream(Fields.BODY + Fields.FOLDED, text);
            String best = highlighter.getBestFragments(tokens, text, 2, " … ");
            if (best == null || best.isBlank()) {
                return null;
            }
            java.util.List<String> fragments = new java.util.ArrayList<>();
            for (String fragment : best.split(" … ")) {
                fragments.add(LEADING_PUNCTUATION.matcher(fragment.strip()).replaceFirst(""));
            }
            return String.join(" … ", fragments).replaceAll("\\s+", " ");
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new IllegalStateException("cannot highlight a snippet", e);
        }
    }
}
