package vn.hoctap.content.search;

/** Field names of the section index; text fields exist in exact, folded and bigram variants. */
final class Fields {

    static final String DOC_ID = "doc_id";
    static final String POSITION = "pos";
    static final String BODY_HASH = "body_hash";
    static final String DOC_NUMBER = "docnum";
    static final String YEAR = "year";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String BODY = "body";
    static final String[] TEXT = {TITLE, HEADING, BODY};

    static final String EXACT = "_x";
    static final String FOLDED = "_f";
    static final String BIGRAMS = "_b";
    static final String EXACT_BIGRAMS = "_xb";

    private Fields() {
    }
}
