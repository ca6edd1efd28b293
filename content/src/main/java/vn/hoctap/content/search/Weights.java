package vn.hoctap.content.search;

/**
 * How much each kind of match counts. The defaults were chosen by {@code WeightTuning} (test
 * sources) on the development set {@code relevance/corpus-queries.tsv} while keeping the
 * library's set ({@code relevance/queries.tsv}) at its level, not set by hand.
 *
 * @param title, heading, body  field boosts for folded syllables (added up over the fields a syllable is in)
 * @param exact  extra weight of a syllable typed with the document's diacritics
 * @param pairs  weight of folded syllable pairs (multi-syllable words and names)
 * @param exactPairs  weight of syllable pairs typed with the document's diacritics
 * @param foldedPairsWhenAccented  share of folded pairs kept when the query has diacritics, so "bảo vệ"
 *        is not rewarded for "bao vệ" as a phrase
 * @param fuzzy  weight of a fuzzy match for a syllable the library does not contain (a misspelt name)
 * @param pairTitle, pairHeading, pairBody  field boosts for syllable pairs
 */
record Weights(float title, float heading, float body, float exact, float pairs, float exactPairs,
        float foldedPairsWhenAccented, float fuzzy, float pairTitle, float pairHeading, float pairBody) {

    static final Weights DEFAULT = new Weights(1f, 0.625f, 1f, 0.3f, 1.5f, 1.5f, 0.5f, 0.6f, 2f, 1.5f, 2f);

    Weights with(int i, float value) {
        float[] v = values();
        v[i] = value;
        return new Weights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    float[] values() {
        return new float[] {title, heading, body, exact, pairs, exactPairs, foldedPairsWhenAccented, fuzzy, pairTitle,
            pairHeading, pairBody};
    }
}
