package vn.hoctap.scheduler.unit;

import java.util.Map;
import java.util.Optional;

import vn.hoctap.content.text.Folding;

/** What admins write for a unit's kind ("Chi bộ", "xã", "Đảng bộ cơ sở", "CELL"), folded, to a level. */
public final class UnitKinds {

    private static final Map<String, UnitLevel> KINDS = Map.ofEntries(
            Map.entry("tinh", UnitLevel.PROVINCE), Map.entry("dang bo tinh", UnitLevel.PROVINCE), Map.entry("province", UnitLevel.PROVINCE),
            Map.entry("thanh pho truc thuoc trung uong", UnitLevel.PROVINCE),
            Map.entry("huyen", UnitLevel.DISTRICT), Map.entry("quan", UnitLevel.DISTRICT), Map.entry("thi xa", UnitLevel.DISTRICT),
            Map.entry("dang bo huyen", UnitLevel.DISTRICT), Map.entry("cap tren co so", UnitLevel.DISTRICT),
            Map.entry("district", UnitLevel.DISTRICT),
            Map.entry("xa", UnitLevel.COMMUNE), Map.entry("phuong", UnitLevel.COMMUNE), Map.entry("thi tran", UnitLevel.COMMUNE),
            Map.entry("dang bo xa", UnitLevel.COMMUNE), Map.entry("co so", UnitLevel.COMMUNE), Map.entry("dang bo co so", UnitLevel.COMMUNE),
            Map.entry("dang uy co quan", UnitLevel.COMMUNE), Map.entry("dang bo co quan", UnitLevel.COMMUNE), Map.entry("commune", UnitLevel.COMMUNE),
            Map.entry("chi bo", UnitLevel.CELL), Map.entry("cell", UnitLevel.CELL));

    private UnitKinds() {
    }

    public static Optional<UnitLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = Folding.fold(text).replaceAll("[\\s_.\\-]+", " ").strip();
        return Optional.ofNullable(KINDS.get(folded));
    }

    /** The Vietnamese name of a level, as the dashboard and templates write it. */
    public static String label(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "Tỉnh";
            case DISTRICT -> "Huyện";
            case COMMUNE -> "Xã / cơ sở";
            case CELL -> "Chi bộ";
        };
    }
}
