package vn.hoctap.content.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import com.ibm.icu.text.Normalizer2;

/**
 * Analysis for Vietnamese, where a word is often two or three syllables ("bộ máy", "chính trị")
 * and people type with or without diacritics. Every variant NFKC-normalises and case-folds first,
 * so decomposed input behaves like precomposed input. No stopwords are dropped: in Vietnamese the
 * "small" syllables ("của", "và") are parts of words and names.
 */
final class Analyzers {

    enum Kind {
        /** Syllables with diacritics kept: rewards a query typed with the right accents. */
        EXACT,
        /** Syllables without diacritics, đ→d: matches "nghi quyet" to "Nghị quyết". */
        FOLDED,
        /** Pairs of folded syllables ("bo_may"), so multi-syllable words rank as units. */
        FOLDED_BIGRAMS,
        /** Pairs of syllables with diacritics ("bảo_vệ"): a phrase typed with accents is not met by "bao vệ". */
        EXACT_BIGRAMS
    }

    private Analyzers() {
    }

    static Analyzer of(Kind kind) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = kind == Kind.EXACT || kind == Kind.EXACT_BIGRAMS ? tokenizer : new ASCIIFoldingFilter(tokenizer);
                if (kind == Kind.FOLDED_BIGRAMS || kind == Kind.EXACT_BIGRAMS) {
                    ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
                    shingles.setOutputUnigrams(false);
                    shingles.setTokenSeparator("_");
                    stream = shingles;
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
