package vn.hoctap.scheduler.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.hoctap.content.text.Folding;
import vn.hoctap.scheduler.member.roster.RosterTable;
import vn.hoctap.scheduler.member.roster.RowProblem;
import vn.hoctap.scheduler.unit.UnitChangeException;
import vn.hoctap.scheduler.unit.UnitKinds;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitTree;

/**
 * One row of a unit-tree file, read and checked on its own (code, name, kind, a code repeated in
 * the file); how the rows hang together and what is written is {@link UnitTreeImport}'s part.
 */
final class TreeRows {

    enum Column {
        CODE("ma_don_vi", "mã đơn vị", "ma don vi", "ma", "code"),
        NAME("ten_don_vi", "tên đơn vị", "ten don vi", "ten", "don vi", "name"),
        PARENT("ma_cap_tren", "mã đơn vị cấp trên", "ma cap tren", "ma don vi cap tren", "cap tren", "ma don vi cha", "parent code", "parent"),
        KIND("loai", "loại đơn vị", "loai", "loai don vi", "cap", "kind", "level");

        final String key;
        final String label;
        final List<String> folded;

        Column(String key, String label, String... folded) {
            this.key = key;
            this.label = label;
            this.folded = List.of(folded);
        }

        static Optional<Column> of(String header) {
            String f = Folding.fold(header).replace("(*)", " ").replace('*', ' ').replaceAll("[\\s_.\\-]+", " ").strip();
            for (Column c : values()) {
                if (c.folded.contains(f)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    record Entry(int row, String code, String name, String parentCode, UnitLevel level) {
    }

    private TreeRows() {
    }

    static Entry entry(RosterTable.Row row, Map<Column, Integer> index, RosterTable table, List<RowProblem> problems,
            Map<String, Entry> byCode) {
        int before = problems.size();
        String code = cell(row, index, Column.CODE);
        String name = cell(row, index, Column.NAME);
        String parent = cell(row, index, Column.PARENT);
        String kind = cell(row, index, Column.KIND);
        try {
            code = UnitTree.checkCode(code);
            if (code == null) {
                problems.add(problem(row, table, index, Column.CODE, "Thiếu mã đơn vị"));
            }
        } catch (UnitChangeException e) {
            problems.add(problem(row, table, index, Column.CODE, e.getMessage()));
            code = null;
        }
        try {
            name = UnitTree.checkName(name);
        } catch (UnitChangeException e) {
            problems.add(problem(row, table, index, Column.NAME, e.getMessage()));
        }
        UnitLevel level = null;
        if (!kind.isEmpty()) {
            level = UnitKinds.parse(kind).orElse(null);
            if (level == null) {
                problems.add(problem(row, table, index, Column.KIND, "Loại đơn vị không hợp lệ: «" + kind
                        + "» (ghi: tỉnh, huyện, xã, cơ sở hoặc chi bộ)"));
            }
        }
        if (code != null) {
            String key = code.toLowerCase(Locale.ROOT);
            Entry earlier = byCode.get(key);
            if (earlier != null) {
                problems.add(problem(row, table, index, Column.CODE, "Mã đơn vị «" + code + "» trùng với dòng " + earlier.row()));
                return null;
            }
            if (problems.size() == before) {
                Entry e = new Entry(row.number(), code, name, parent.isEmpty() ? null : parent, level);
                byCode.put(key, e);
                return e;
            }
        }
        return null;
    }

    static String cell(RosterTable.Row row, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    private static RowProblem problem(RosterTable.Row row, RosterTable table, Map<Column, Integer> index, Column column, String message) {
        return new RowProblem(row.number(), table.header().cell(index.get(column)), message);
    }
}
