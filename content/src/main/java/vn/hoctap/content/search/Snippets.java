package vn.hoctap.content.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Highlighted snippets: matches are found with the folded analyzer, whose offsets point into the
 * original text, so "bo may" highlights "bộ máy" with its diacritics. Output is HTML-escaped.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 180;

    private final Analyzer folded = Analyzers.of(Analyzers.Kind.FOLDED);

    String of(Query highlightQuery, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        QueryScorer scorer = new QueryScorer(highlightQuery, Fields.BODY + Fields.FOLDED);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<b>", "</b>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        highlighter.setMaxDocCharsToAnalyze(20_000);
        try {
            String best = highlighter.getBestFragments(folded.tokenStream(Fields.BODY + Fields.FOLDED, text), text, 2, " … ");
            if (best != null && !best.isBlank()) {
                return best.strip().replaceAll("\\s+", " ");
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new IllegalStateException("cannot highlight a snippet", e);
        }
        String start = text.length() > FRAGMENT_CHARS ? text.substring(0, FRAGMENT_CHARS) + "…" : text;
        return SimpleHTMLEncoder.htmlEncode(start.replaceAll("\\s+", " "));
    }
}
