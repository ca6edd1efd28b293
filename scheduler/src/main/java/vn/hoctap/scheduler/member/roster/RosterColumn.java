package vn.hoctap.scheduler.member.roster;

import java.util.List;
import java.util.Optional;

import vn.hoctap.content.text.Folding;

/**
 * The columns a roster file may have. Admins write headers their own way ("Mã đảng viên",
 * "MA_DANG_VIEN", "Họ và tên"), so headers are compared folded: no case, no diacritics, and
 * underscores, dashes and dots counted as spaces.
 */
enum RosterColumn {

    MEMBER_REF("ma_dang_vien", "mã đảng viên", true, "ma dang vien", "ma dv"),
    FULL_NAME("ho_ten", "họ tên", true, "ho ten", "ho va ten"),
    UNIT("don_vi", "đơn vị", true, "don vi", "chi bo"),
    STATUS("trang_thai", "trạng thái", false, "trang thai"),
    ROLE("chuc_vu", "chức vụ", false, "chuc vu", "vai tro");

    /** The name used in templates and in "missing column" messages. */
    final String key;
    /** What the column holds, as the admin would say it. */
    final String label;
    final boolean required;
    private final List<String> folded;

    RosterColumn(String key, String label, boolean required, String... folded) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.folded = List.of(folded);
    }

    static Optional<RosterColumn> ofHeader(String header) {
        String folded = fold(header);
        for (RosterColumn column : values()) {
            if (column.folded.contains(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Folds a header: "Mã  Đảng_viên (*)" becomes "ma dang vien". */
    public static String fold(String header) {
        return Folding.fold(header).replace("(*)", " ").replace('*', ' ')
                .replaceAll("[\\s_.\\-]+", " ").strip();
    }
}
