package vn.hoctap.scheduler.member.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.text.Folding;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Turns what the admin wrote in the unit column into a unit id: a number is an id (or, if no unit
 * has that id, a name), then a unit code, anything else must be exactly one unit's name. Names are not unique across
 * the tree ("Chi bộ 1" exists in many communes), so an ambiguous name asks for the id. One
 * resolver serves one file and remembers its answers, since many rows name the same unit.
 */
final class UnitResolver {

    /** Either a unit id or the admin-facing reason there is none. */
    record Resolution(Long unitId, String problem) {
    }

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final Map<String, Resolution> answers = new HashMap<>();
    private Map<String, List<Long>> idsByName;
    private Map<String, List<String>> namesByFolded;

    /** Path of the importer's unit ('/1/7/'), or null for an unscoped admin. */
    private final String scopePath;

    UnitResolver(JdbcClient jdbc, UnitRepository units) {
        this(jdbc, units, null);
    }

    UnitResolver(JdbcClient jdbc, UnitRepository units, String scopePath) {
        this.jdbc = jdbc;
        this.units = units;
        this.scopePath = scopePath;
    }

    /** Whether a row may write: its unit and the member's current unit (if the card number exists) are in scope. */
    boolean reaches(Long unitId, String ref) {
        return outOfScopeReason(unitId, ref) == null;
    }

    /** Why a row reaches outside the importer's unit, or null. */
    String outOfScopeReason(Long unitId, String ref) {
        if (scopePath == null) {
            return null;
        }
        if (unitId != null && !units.findById(unitId).map(u -> u.path().startsWith(scopePath)).orElse(false)) {
            return "Đơn vị " + unitId + " nằm ngoài phạm vi đơn vị của đồng chí: cả tệp không được nhập";
        }
        String current = jdbc.sql("SELECT u.path FROM members m JOIN units u ON u.id = m.unit_id WHERE m.external_ref = :r")
                .param("r", ref).query(String.class).optional().orElse(null);
        if (current != null && !current.startsWith(scopePath)) {
            return "Đảng viên mã " + ref + " thuộc đơn vị ngoài phạm vi của đồng chí: cả tệp không được nhập";
        }
        return null;
    }

    Resolution resolve(String cell) {
        return answers.computeIfAbsent(cell, this::lookUp);
    }

    private Resolution lookUp(String cell) {
        if (cell.matches("\\d{1,18}") && units.findById(Long.parseLong(cell)).isPresent()) {
            if (units.findById(Long.parseLong(cell)).get().closed()) {
                return new Resolution(null, "Đơn vị " + cell + " đã giải thể hoặc sáp nhập vào đơn vị khác");
            }
            return new Resolution(Long.parseLong(cell), null);
        }
        var byCode = units.findByCode(cell);
        if (byCode.isPresent()) {
            return new Resolution(byCode.get().id(), null);
        }
        loadNames();
        List<Long> ids = idsByName.getOrDefault(cell, List.of());
        if (ids.size() == 1) {
            return new Resolution(ids.get(0), null);
        }
        if (ids.size() > 1) {
            String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return new Resolution(null, "Có " + ids.size() + " đơn vị tên «" + cell + "» (mã " + list
                    + "): hãy ghi mã đơn vị thay cho tên");
        }
        if (cell.matches("\\d{1,18}")) {
            return new Resolution(null, "Không tìm thấy đơn vị có mã " + cell);
        }
        List<String> near = namesByFolded.getOrDefault(Folding.fold(cell), List.of());
        String hint = near.size() == 1 ? " (có phải «" + near.get(0) + "»?)" : "";
        return new Resolution(null, "Không tìm thấy đơn vị «" + cell + "»" + hint);
    }

    /** All unit names, once per file: a province has a few thousand units at most. */
    private void loadNames() {
        if (idsByName != null) {
            return;
        }
        idsByName = new HashMap<>();
        namesByFolded = new HashMap<>();
        jdbc.sql("SELECT id, name FROM units WHERE closed_at IS NULL ORDER BY id").query((RowCallbackHandler) rs -> {
            String name = RosterTable.clean(rs.getString("name"));
            idsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getLong("id"));
            List<String> near = namesByFolded.computeIfAbsent(Folding.fold(name), k -> new ArrayList<>());
            if (!near.contains(name)) {
                near.add(name);
            }
        });
    }
}
