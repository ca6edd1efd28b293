package vn.hoctap.content.similarity;

import java.util.Arrays;

/**
 * The MinHash signature of a text's shingles: for each of the detector's hash permutations, the
 * smallest hash value over the shingles. Two signatures agree in a position with probability equal
 * to the Jaccard similarity of the shingle sets, so a few hundred bytes per submission are enough
 * to compare it with every other one. {@code shingles} is the number of distinct shingles (0 for
 * a text too short to have any).
 */
record Signature(long[] minima, int shingles) {

    public Signature {
        minima = minima.clone();
    }

    @Override
    public long[] minima() {
        return minima.clone();
    }

    public boolean isEmpty() {
        return shingles == 0;
    }

    long at(int i) {
        return minima[i];
    }

    int size() {
        return minima.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.minima, minima);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minima) + shingles;
    }

    @Override
    public String toString() {
        return "Signature[" + minima.length + " minima, " + shingles + " shingles]";
    }
}
