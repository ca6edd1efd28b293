package vn.hoctap.scheduler.member.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.hoctap.content.text.Folding;
import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.unit.UnitRole;

/**
 * Checks every row of a roster and collects every problem at once, so the admin fixes the file in
 * one go instead of discovering mistakes one upload at a time.
 */
final class RosterValidation {

    static final int MAX_NAME = 200;
    private static final Pattern REF = Pattern.compile("[\\p{L}\\p{N}.\\-]{1,64}");
    private static final Map<String, MemberStatus> STATUSES = Map.of("hoat dong", MemberStatus.ACTIVE,
            "active", MemberStatus.ACTIVE, "da chuyen", MemberStatus.LEFT, "ra khoi dang", MemberStatus.LEFT,
            "left", MemberStatus.LEFT);

    /** {@code rowsRead} counts rows with something in a roster column; others are blank rows. */
    record Result(int rowsRead, List<RosterEntry> valid, List<RowProblem> problems, boolean outOfScope) {

        Result(int rowsRead, List<RosterEntry> valid, List<RowProblem> problems) {
            this(rowsRead, valid, problems, false);
        }

        boolean hasFileProblems() {
            return problems.stream().anyMatch(RowProblem::isFileProblem);
        }
    }

    private final RosterTable table;
    private final UnitResolver units;
    private final Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);

    private RosterValidation(RosterTable table, UnitResolver units) {
        this.table = table;
        this.units = units;
    }

    static Result validate(RosterTable table, UnitResolver units) {
        return new RosterValidation(table, units).run();
    }

    private Result run() {
        List<RowProblem> problems = mapHeader();
        if (!problems.isEmpty()) {
            return new Result(0, List.of(), problems);
        }
        List<RosterTable.Row> rows = table.rows().stream()
                .filter(r -> index.values().stream().anyMatch(i -> !r.cell(i).isEmpty())).toList();
        if (rows.isEmpty()) {
            return new Result(0, List.of(), List.of(RowProblem.file("Tệp không có dòng đảng viên nào dưới dòng tiêu đề")));
        }
        Map<String, List<Integer>> rowsByRef = new LinkedHashMap<>();
        rows.forEach(r -> rowsByRef.computeIfAbsent(cell(r, RosterColumn.MEMBER_REF), k -> new ArrayList<>()).add(r.number()));
        List<RosterEntry> valid = new ArrayList<>();
        Map<Long, Integer> secretaryRows = new HashMap<>();
        boolean outOfScope = false;
        for (RosterTable.Row row : rows) {
            int before = problems.size();
            String ref = checkRef(row, rowsByRef, problems);
            String name = checkName(row, problems);
            Long unit = checkUnit(row, problems);
            MemberStatus status = checkStatus(row, problems);
            UnitRole role = checkRole(row, unit, secretaryRows, problems);
            if (problems.size() == before && !units.reaches(unit, ref)) {
                outOfScope = true;
                problems.add(problem(row, RosterColumn.UNIT, units.outOfScopeReason(unit, ref)));
            }
            if (problems.size() == before) {
                valid.add(new RosterEntry(row.number(), ref, name, unit, status, role));
            }
        }
        return new Result(rows.size(), valid, problems, outOfScope);
    }

    private List<RowProblem> mapHeader() {
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = table.header().cells();
        for (int i = 0; i < header.size(); i++) {
            RosterColumn column = RosterColumn.ofHeader(header.get(i)).orElse(null);
            if (column != null && index.containsKey(column)) {
                problems.add(new RowProblem(RowProblem.FILE, header.get(i), "Có hai cột " + column.label + ": «"
                        + header.get(index.get(column)) + "» và «" + header.get(i) + "»; hãy xoá một cột"));
            } else if (column != null) {
                index.put(column, i);
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required && !index.containsKey(column)) {
                problems.add(new RowProblem(RowProblem.FILE, column.key, "Thiếu cột «" + column.key + "» ("
                        + column.label + ") ở dòng tiêu đề"));
            }
        }
        return problems;
    }

    private String checkRef(RosterTable.Row row, Map<String, List<Integer>> rowsByRef, List<RowProblem> problems) {
        String ref = cell(row, RosterColumn.MEMBER_REF);
        if (ref.isEmpty()) {
            problems.add(problem(row, RosterColumn.MEMBER_REF, "Thiếu mã đảng viên"));
        } else if (ref.codePointCount(0, ref.length()) > 64) {
            problems.add(problem(row, RosterColumn.MEMBER_REF, "Mã đảng viên dài quá 64 ký tự"));
        } else if (!REF.matcher(ref).matches()) {
            problems.add(problem(row, RosterColumn.MEMBER_REF, "Mã đảng viên «" + ref
                    + "» không hợp lệ: chỉ gồm chữ, số, dấu «-» và «.»"));
        } else {
            List<Integer> others = rowsByRef.get(ref).stream().filter(n -> n != row.number()).toList();
            if (!others.isEmpty()) {
                problems.add(problem(row, RosterColumn.MEMBER_REF, "Mã đảng viên trùng với dòng "
                        + others.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        return ref;
    }

    private String checkName(RosterTable.Row row, List<RowProblem> problems) {
        String name = cell(row, RosterColumn.FULL_NAME);
        int length = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            problems.add(problem(row, RosterColumn.FULL_NAME, "Thiếu họ tên"));
        } else if (length > MAX_NAME) {
            problems.add(problem(row, RosterColumn.FULL_NAME, "Họ tên dài quá " + MAX_NAME + " ký tự (" + length + " ký tự)"));
        }
        return name;
    }

    private Long checkUnit(RosterTable.Row row, List<RowProblem> problems) {
        String unit = cell(row, RosterColumn.UNIT);
        if (unit.isEmpty()) {
            problems.add(problem(row, RosterColumn.UNIT, "Thiếu đơn vị"));
            return null;
        }
        UnitResolver.Resolution resolution = units.resolve(unit);
        if (resolution.problem() != null) {
            problems.add(problem(row, RosterColumn.UNIT, resolution.problem()));
        }
        return resolution.unitId();
    }

    private MemberStatus checkStatus(RosterTable.Row row, List<RowProblem> problems) {
        String status = cell(row, RosterColumn.STATUS);
        if (status.isEmpty()) {
            return MemberStatus.ACTIVE;
        }
        MemberStatus mapped = STATUSES.get(Folding.fold(status).replaceAll("\\s+", " "));
        if (mapped == null) {
            problems.add(problem(row, RosterColumn.STATUS, "Trạng thái không hợp lệ: «" + status + "»"));
        }
        return mapped;
    }

    private UnitRole checkRole(RosterTable.Row row, Long unit, Map<Long, Integer> secretaryRows, List<RowProblem> problems) {
        String role = cell(row, RosterColumn.ROLE);
        String folded = Folding.fold(role).replaceAll("\\s+", " ");
        UnitRole mapped = switch (folded) {
            case "" , "dang vien" -> null;
            case "bi thu", "bi thu chi bo", "secretary" -> UnitRole.SECRETARY;
            case "pho bi thu", "pho bi thu chi bo", "deputy" -> UnitRole.DEPUTY;
            default -> {
                problems.add(problem(row, RosterColumn.ROLE, "Chức vụ không hợp lệ: «" + role + "» (ghi: bí thư, phó bí thư hoặc để trống)"));
                yield null;
            }
        };
        if (mapped == UnitRole.SECRETARY && unit != null) {
            Integer earlier = secretaryRows.putIfAbsent(unit, row.number());
            if (earlier != null) {
                problems.add(problem(row, RosterColumn.ROLE, "Đơn vị đã có bí thư ở dòng " + earlier + "; mỗi đơn vị chỉ có một bí thư"));
            }
        }
        return mapped;
    }

    /** The cell of that column, or "" when the file has no such (optional) column. */
    private String cell(RosterTable.Row row, RosterColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    /** Problems name the column as the file's header writes it, which is what the admin sees. */
    private RowProblem problem(RosterTable.Row row, RosterColumn column, String message) {
        return new RowProblem(row.number(), table.header().cell(index.get(column)), message);
    }
}
