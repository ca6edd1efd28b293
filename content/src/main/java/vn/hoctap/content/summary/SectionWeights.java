package vn.hoctap.content.summary;

import vn.hoctap.content.text.Folding;

/**
 * How much a section's sentences are worth in a summary, from its heading: members need the
 * objectives, tasks and solutions more than the review of the past situation.
 */
final class SectionWeights {

    private SectionWeights() {
    }

    static double of(String heading) {
        String h = Folding.fold(heading);
        if (h.contains("muc tieu") || h.contains("nhiem vu") || h.contains("giai phap")) {
            return 1.6;
        }
        if (h.contains("quan diem") || h.contains("to chuc thuc hien") || h.contains("dinh huong")) {
            return 1.3;
        }
        // "kết quả" is not penalised: in a results report or news of a campaign it is the point
        if (h.contains("tinh hinh") || h.contains("nguyen nhan") || h.contains("han che") || h.contains("boi canh")) {
            return 0.55;
        }
        return 1.0;
    }
}
