package vn.hoctap.content.search;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.TermVectorsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingTermVectorsFormat;

/**
 * Lucene's default codec with one index entry per term-vector chunk. A snippet reads the term
 * vector of one entry; with the default chunks (up to 128 entries) every read decoded the
 * positions and offsets of all the chunk's entries, which cost as much as analysing the text again.
 * Same format name and file layout as the default, only the chunking differs, so the default codec
 * reads it too.
 */
final class IndexCodec extends FilterCodec {

    private static final TermVectorsFormat ONE_ENTRY_PER_CHUNK = new Lucene90CompressingTermVectorsFormat(
            "Lucene90TermVectorsData", "", CompressionMode.FAST, 1, 1, 10);

    IndexCodec() {
        super(Codec.getDefault().getName(), Codec.getDefault());
    }

    @Override
    public TermVectorsFormat termVectorsFormat() {
        return ONE_ENTRY_PER_CHUNK;
    }
}
