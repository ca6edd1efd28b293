package vn.hoctap.content.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.text.Folding;

/**
 * Tells whether a member's written reflection was copied: from the document being studied, or from
 * another member's reflection on the same assignment.
 *
 * <p>Texts are folded (no diacritics, lower case, so removing the accents hides nothing), split into
 * sentences, and each sentence into word shingles of {@value #SHINGLE_WORDS} consecutive syllables.
 * Shingles never cross a sentence boundary, so reordering sentences changes nothing, and changing a
 * word only loses the few shingles that contain it. Two measures are combined:
 * <ul>
 * <li><b>resemblance</b>: the Jaccard similarity of the two shingle sets, estimated from
 * {@value #PERMUTATIONS}-value MinHash {@link Signature signatures} (seeded, so signatures can be
 * stored and compared later) — a whole reflection copied with small edits;</li>
 * <li><b>containment</b>: the exact share of the submission's shingles that occur in the candidate —
 * a submission made mostly of copied text, even when the source (the whole resolution) is much longer
 * than the submission or the copier added sentences of their own.</li>
 * </ul>
 * A candidate is flagged when the larger of the two reaches the threshold, by default
 * {@value #DEFAULT_THRESHOLD}: at least half of what the member wrote is somebody else's wording.
 * Quoting a sentence or two of the resolution, and the phrases every reflection on the same document
 * shares, stay well below it. Submissions with fewer than {@value #MIN_SHINGLES} shingles (a line or
 * two) are never flagged: there is too little text to tell copying from coincidence.
 */
public class NearDuplicateDetector {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int SHINGLE_WORDS = 3;
    public static final int PERMUTATIONS = 128;
    public static final int MIN_SHINGLES = 10;
    public static final long DEFAULT_SEED = 0x5EED_2017_1025L;

    private static final Pattern SENTENCE = Pattern.compile("[.!?;:…\\n\\r]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final long[] seeds;

    public NearDuplicateDetector() {
        this(PERMUTATIONS, DEFAULT_SEED);
    }

    /** Signatures are only comparable between detectors built with the same arguments. */
    public NearDuplicateDetector(int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be positive");
        }
        SplittableRandom random = new SplittableRandom(seed);
        seeds = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public Signature signatureOf(String text) {
        return signature(shingles(text));
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0 when either has none. */
    public double similarity(Signature a, Signature b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("signatures from detectors with different permutations");
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.at(i) == b.at(i)) {
                same++;
            }
        }
        return (double) same / a.size();
    }

    /** The share (0..1) of the submission's shingles that also occur in {@code source}; 0 for an empty submission. */
    public double containment(String submission, String source) {
        return containment(shingles(submission), shingles(source));
    }

    /** {@link #matches(String, List, double)} with the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
    public List<Match> matches(String submission, List<Candidate> candidates) {
        return matches(submission, candidates, DEFAULT_THRESHOLD);
    }

    /**
     * The candidates whose score — the larger of estimated resemblance and exact containment of the
     * submission in the candidate — is at least {@code threshold}, best first.
     */
    public List<Match> matches(String submission, List<Candidate> candidates, double threshold) {
        long[] mine = shingles(submission);
        if (mine.length < MIN_SHINGLES) {
            return List.of();
        }
        Signature signature = signature(mine);
        List<Match> out = new ArrayList<>();
        for (Candidate candidate : candidates) {
            long[] theirs = shingles(candidate.text());
            double score = Math.max(similarity(signature, signature(theirs)), containment(mine, theirs));
            if (score >= threshold && score > 0) {
                out.add(new Match(candidate.id(), score));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
        return List.copyOf(out);
    }

    /** Distinct shingle hashes, sorted. */
    static long[] shingles(String text) {
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        Set<Long> hashes = new HashSet<>();
        for (String sentence : SENTENCE.split(Folding.fold(text))) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                words.add(m.group());
            }
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                hashes.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
            }
        }
        long[] out = hashes.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private Signature signature(long[] shingles) {
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(shingle ^ seeds[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return new Signature(minima, shingles.length);
    }

    private static double containment(long[] submission, long[] source) {
        if (submission.length == 0) {
            return 0;
        }
        int shared = 0;
        for (long s : submission) {
            if (Arrays.binarySearch(source, s) >= 0) {
                shared++;
            }
        }
        return (double) shared / submission.length;
    }

    /** 64-bit FNV-1a over the UTF-16 text, then mixed. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: a bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
