package vn.hoctap.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Marks the query's consecutive syllable pairs where they stand together in a text, for the
 * {@link org.apache.lucene.search.highlight.Highlighter}: what a {@code QueryScorer} over phrase
 * queries marks, found by one pass over the text's tokens instead of an in-memory index built per
 * snippet (that index was a fifth of a search's cost). Scores like the {@code QueryScorer} (a
 * fragment scores one per distinct marked syllable) and, like {@code SimpleSpanFragmenter}, never
 * starts a new fragment between the two syllables of a marked pair.
 */
final class PairMarks implements Scorer, Fragmenter {

    private final BitSet marked;
    private final int fragmentChars;
    private final Set<String> seen = new HashSet<>();
    private CharTermAttribute term;
    private OffsetAttribute offset;
    private int index;
    private int fragments;
    private int textLength;
    private float fragmentScore;

    private PairMarks(BitSet marked, int fragmentChars) {
        this.marked = marked;
        this.fragmentChars = fragmentChars;
    }

    /** The marks of {@code text} for these folded query syllables, or null when no pair occurs in it. */
    static PairMarks find(Analyzer folded, String field, List<String> foldedTerms, String text, int maxChars, int fragmentChars) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < foldedTerms.size(); i++) {
            pairs.add(foldedTerms.get(i) + ' ' + foldedTerms.get(i + 1));
        }
        BitSet marked = new BitSet();
        try (TokenStream ts = folded.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String previous = null;
            for (int i = 0; ts.incrementToken() && o.startOffset() < maxChars; i++) {
                String current = t.toString();
                if (previous != null && pairs.contains(previous + ' ' + current)) {
                    marked.set(i - 1, i + 1);
                }
                previous = current;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked.isEmpty() ? null : new PairMarks(marked, fragmentChars);
    }

    @Override
    public TokenStream init(TokenStream tokens) {
        index = -1;
        term = tokens.addAttribute(CharTermAttribute.class);
        return new TokenFilter(tokens) {
            @Override
            public boolean incrementToken() throws IOException {
                boolean more = input.incrementToken();
                if (more) {
                    index++;
                }
                return more;
            }
        };
    }

    @Override
    public void startFragment(TextFragment fragment) {
        seen.clear();
        fragmentScore = 0;
    }

    @Override
    public float getTokenScore() {
        if (index < 0 || !marked.get(index)) {
            return 0;
        }
        if (seen.add(term.toString())) {
            fragmentScore += 1;
        }
        return 1;
    }

    @Override
    public float getFragmentScore() {
        return fragmentScore;
    }

    @Override
    public void start(String text, TokenStream tokens) {
        textLength = text.length();
        fragments = 1;
        offset = tokens.addAttribute(OffsetAttribute.class);
    }

    @Override
    public boolean isNewFragment() {
        if (index > 0 && marked.get(index) && marked.get(index - 1)) {
            return false; // the second syllable of a marked pair stays with the first
        }
        boolean fresh = offset.endOffset() >= fragmentChars * fragments && textLength - offset.endOffset() >= fragmentChars >>> 1;
        if (fresh) {
            fragments++;
        }
        return fresh;
    }
}
