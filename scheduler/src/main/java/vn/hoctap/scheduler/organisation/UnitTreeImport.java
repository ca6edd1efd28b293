package vn.hoctap.scheduler.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.member.roster.RosterFileException;
import vn.hoctap.scheduler.member.roster.RosterFiles;
import vn.hoctap.scheduler.member.roster.RosterReport;
import vn.hoctap.scheduler.member.roster.RosterTable;
import vn.hoctap.scheduler.member.roster.RowProblem;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitTree;

/**
 * Loads the unit tree from a CSV or XLSX file (code, name, parent code, kind), read by the roster's
 * readers and answered with the roster's per-row report. Keyed by code: a new code creates a unit, a
 * known one renames it and, if its parent code changed, moves it. All or nothing: with any problem
 * nothing is written, since half a tree would leave units without their parents. Rows may come in
 * any order; a parent code may name a row of the file or a unit already in the tree.
 */
@Service
public class UnitTreeImport {

    private static final Logger log = LoggerFactory.getLogger(UnitTreeImport.class);
    /** Bounds the work of one file: a province has a few thousand units. */
    static final int MAX_ROWS = 20_000;

    private final UnitRepository units;
    private final UnitTree tree;

    public UnitTreeImport(UnitRepository units, UnitTree tree) {
        this.units = units;
        this.tree = tree;
    }

    /** Validates and, with no problem at all, writes every row in one transaction; {@code scope} limits a scoped admin. */
    @Transactional
    public RosterReport importTree(String fileName, byte[] content, Long scope, boolean dryRun) {
        RosterTable table;
        try {
            table = RosterFiles.read(fileName, content, h -> TreeRows.Column.of(h).isPresent());
        } catch (RosterFileException e) {
            return RosterReport.fileProblems(List.of(RowProblem.file(e.getMessage())));
        }
        Map<TreeRows.Column, Integer> index = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = table.header().cells();
        for (int i = 0; i < header.size(); i++) {
            int at = i;
            TreeRows.Column.of(header.get(i)).ifPresent(c -> index.putIfAbsent(c, at));
        }
        for (TreeRows.Column required : List.of(TreeRows.Column.CODE, TreeRows.Column.NAME)) {
            if (!index.containsKey(required)) {
                problems.add(new RowProblem(RowProblem.FILE, required.key, "Thiếu cột «" + required.key + "» (" + required.label + ") ở dòng tiêu đề"));
            }
        }
        List<RosterTable.Row> rows = table.rows().stream().filter(r -> index.values().stream().anyMatch(i -> !r.cell(i).isEmpty())).toList();
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(RowProblem.file("Tệp không có dòng đơn vị nào dưới dòng tiêu đề"));
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(RowProblem.file("Tệp có " + rows.size() + " dòng, quá giới hạn " + MAX_ROWS + " dòng"));
        }
        if (!problems.isEmpty()) {
            return RosterReport.fileProblems(problems);
        }
        Map<String, TreeRows.Entry> byCode = new LinkedHashMap<>();
        List<TreeRows.Entry> entries = new ArrayList<>();
        for (RosterTable.Row row : rows) {
            TreeRows.Entry e = TreeRows.entry(row, index, table, problems, byCode);
            if (e != null) {
                entries.add(e);
            }
        }
        for (TreeRows.Entry e : entries) {
            checkParentAndScope(e, byCode, scope, problems, table, index);
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        int valid = (int) entries.stream().filter(e -> problems.stream().noneMatch(p -> p.row() == e.row())).count();
        if (!problems.isEmpty() || dryRun) {
            return new RosterReport(rows.size(), valid, 0, 0, rows.size(), problems);
        }
        int[] createdUpdated = write(entries, byCode, scope);
        log.info("Unit tree {} imported: {} rows, {} created, {} updated", fileName, rows.size(), createdUpdated[0], createdUpdated[1]);
        return new RosterReport(rows.size(), rows.size(), createdUpdated[0], createdUpdated[1], 0, problems);
    }

    private void checkParentAndScope(TreeRows.Entry e, Map<String, TreeRows.Entry> byCode, Long scope, List<RowProblem> problems, RosterTable table,
            Map<TreeRows.Column, Integer> index) {
        Optional<Unit> existing = units.findByCode(e.code());
        Unit root = scope == null ? null : units.findById(scope).orElseThrow();
        String column = index.containsKey(TreeRows.Column.PARENT) ? table.header().cell(index.get(TreeRows.Column.PARENT)) : TreeRows.Column.PARENT.key;
        if (existing.isPresent() && root != null && (!root.contains(existing.get()) || root.id() == existing.get().id())) {
            problems.add(new RowProblem(e.row(), table.header().cell(index.get(TreeRows.Column.CODE)), "Đơn vị «" + e.code()
                    + "» nằm ngoài phạm vi đơn vị của đồng chí"));
            return;
        }
        if (e.parentCode() == null) {
            if (root != null) {
                problems.add(new RowProblem(e.row(), column, "Thiếu mã đơn vị cấp trên (đồng chí chỉ quản lý các đơn vị trực thuộc «"
                        + root.name() + "»)"));
            }
            return;
        }
        // Walk up through the file to find a cycle or the unit already in the tree it hangs from.
        String current = e.parentCode();
        for (int guard = 0; guard <= byCode.size(); guard++) {
            TreeRows.Entry inFile = byCode.get(current.toLowerCase(Locale.ROOT));
            if (inFile == null) {
                Optional<Unit> parent = units.findByCode(current);
                if (parent.isEmpty() || parent.get().closed()) {
                    problems.add(new RowProblem(e.row(), column, "Không tìm thấy đơn vị cấp trên có mã «" + current + "»"));
                } else if (root != null && !root.contains(parent.get())) {
                    problems.add(new RowProblem(e.row(), column, "Đơn vị cấp trên «" + current + "» nằm ngoài phạm vi đơn vị của đồng chí"));
                } else if (existing.isPresent() && existing.get().contains(parent.get())) {
                    problems.add(new RowProblem(e.row(), column, "Không thể đặt «" + e.code() + "» dưới đơn vị cấp dưới của chính nó"));
                }
                return;
            }
            if (inFile.code().equalsIgnoreCase(e.code())) {
                problems.add(new RowProblem(e.row(), column, "Vòng lặp: «" + e.code() + "» nằm dưới chính nó"));
                return;
            }
            if (inFile.parentCode() == null) {
                return; // hangs from a top row of the file (for a scoped admin, that row is reported itself)
            }
            current = inFile.parentCode();
        }
    }

    /** Parents before children: created or updated in the order their parents become known. */
    private int[] write(List<TreeRows.Entry> entries, Map<String, TreeRows.Entry> byCode, Long scope) {
        Map<String, Long> ids = new HashMap<>();
        int created = 0;
        int updated = 0;
        List<TreeRows.Entry> pending = new ArrayList<>(entries);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext();) {
                TreeRows.Entry e = it.next();
                Long parentId = null;
                if (e.parentCode() != null) {
                    String key = e.parentCode().toLowerCase(Locale.ROOT);
                    if (byCode.containsKey(key)) {
                        parentId = ids.get(key);
                        if (parentId == null) {
                            continue;
                        }
                    } else {
                        parentId = units.findByCode(e.parentCode()).orElseThrow().id();
                    }
                }
                UnitLevel level = e.level() != null ? e.level() : defaultLevel(e, parentId, entries);
                Optional<Unit> existing = units.findByCode(e.code());
                Unit unit;
                if (existing.isEmpty()) {
                    unit = tree.create(parentId, level, e.name(), e.code(), scope);
                    created++;
                } else {
                    unit = tree.rename(existing.get().id(), e.name(), e.code(), e.level(), scope);
                    if (parentId != null && !parentId.equals(unit.parentId())) {
                        unit = tree.move(unit.id(), parentId, scope);
                    }
                    updated++;
                }
                ids.put(e.code().toLowerCase(Locale.ROOT), unit.id());
                it.remove();
            }
            if (pending.size() == before) {
                throw new IllegalStateException("unit tree rows without a reachable parent: " + pending);
            }
        }
        return new int[] {created, updated};
    }

    private static UnitLevel defaultLevel(TreeRows.Entry e, Long parentId, List<TreeRows.Entry> entries) {
        if (parentId == null) {
            return UnitLevel.PROVINCE;
        }
        boolean hasChildren = entries.stream().anyMatch(o -> e.code().equalsIgnoreCase(o.parentCode()));
        return hasChildren ? UnitLevel.COMMUNE : UnitLevel.CELL;
    }
}
