package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens a sentence to a readable window around a span (the blank, or the answer): whole clauses
 * (cut after ";", ":" or ",") are added on both sides while they fit, and "…" marks what was left
 * out. A clause too long on its own is cut at word boundaries.
 */
final class Trim {

    static final String ELLIPSIS = "…";

    private Trim() {
    }

    /** {@code text} itself if it fits in {@code budget} characters, else a window containing [start, end). */
    static String around(String text, int start, int end, int budget) {
        if (text.length() <= budget) {
            return text;
        }
        List<int[]> clauses = clauses(text);
        int first = 0;
        while (first < clauses.size() - 1 && clauses.get(first)[1] <= start) {
            first++;
        }
        int last = first;
        while (last < clauses.size() - 1 && clauses.get(last)[1] < end) {
            last++;
        }
        if (length(text, clauses, first, last) > budget) {
            return words(text, start, end, budget);
        }
        boolean grew = true;
        boolean leftTurn = true;
        while (grew) {
            grew = false;
            for (int turn = 0; turn < 2; turn++) {
                if (leftTurn && first > 0 && length(text, clauses, first - 1, last) <= budget) {
                    first--;
                    grew = true;
                } else if (!leftTurn && last < clauses.size() - 1 && length(text, clauses, first, last + 1) <= budget) {
                    last++;
                    grew = true;
                }
                leftTurn = !leftTurn;
            }
        }
        return window(text, clauses.get(first)[0], clauses.get(last)[1]);
    }

    private static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == ';' || c == ':' || c == ',' || c == '.') && Character.isWhitespace(text.charAt(i + 1))) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        out.add(new int[] {from, text.length()});
        return out;
    }

    private static int length(String text, List<int[]> clauses, int first, int last) {
        return window(text, clauses.get(first)[0], clauses.get(last)[1]).length();
    }

    private static String window(String text, int from, int to) {
        String core = text.substring(from, to).strip();
        boolean cutLeft = from > 0;
        boolean cutRight = to < text.length();
        if (cutRight) {
            core = core.replaceAll("[,;:]$", "");
        }
        return (cutLeft ? ELLIPSIS + " " : "") + core + (cutRight ? " " + ELLIPSIS : "");
    }

    /** Word-level window when even the clause holding the span is too long. */
    private static String words(String text, int start, int end, int budget) {
        int from = start;
        int to = end;
        while (true) {
            int left = from > 0 ? text.lastIndexOf(' ', from - 2) + 1 : -1;
            int right = to < text.length() ? indexOrEnd(text, ' ', to + 1) : -1;
            boolean moved = false;
            if (left >= 0 && window(text, left, to).length() <= budget) {
                from = left;
                moved = true;
            }
            if (right >= 0 && window(text, from, right).length() <= budget) {
                to = right;
                moved = true;
            }
            if (!moved) {
                return window(text, from, to);
            }
        }
    }

    private static int indexOrEnd(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }
}
