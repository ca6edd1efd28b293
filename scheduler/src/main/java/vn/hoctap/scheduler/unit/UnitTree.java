package vn.hoctap.scheduler.unit;

import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Changes to the organisation: create, rename, move (with the subtree), merge, close. Each is one
 * transaction; a move rewrites the materialised path of the whole subtree in one statement, so no
 * reader ever sees half a move. Every call names the caller's scope ({@code null}: the whole
 * organisation): a scoped admin works only below their own unit, never on it or above it.
 * Ended campaigns are frozen first ({@link OrganisationHistory}), so their figures do not change.
 */
@Service
public class UnitTree {

    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,64}");

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final OrganisationHistory history;

    public UnitTree(JdbcClient jdbc, UnitRepository units, OrganisationHistory history) {
        this.jdbc = jdbc;
        this.units = units;
        this.history = history;
    }

    @Transactional
    public Unit create(Long parentId, UnitLevel level, String name, String code, Long scope) {
        if (parentId == null) {
            if (scope != null) {
                throw new OutOfScopeException("a scoped admin cannot create a top-level unit");
            }
        } else {
            Unit parent = open(parentId);
            requireInside(parent, scope, true);
        }
        String clean = checkName(name);
        String cleanCode = checkCode(code);
        try {
            return units.create(parentId, level == null ? UnitLevel.CELL : level, clean, cleanCode);
        } catch (DuplicateKeyException e) {
            throw new UnitChangeException("unit.codeTaken", "Mã đơn vị «" + cleanCode + "» đã được dùng cho đơn vị khác", cleanCode);
        }
    }

    @Transactional
    public Unit rename(long id, String name, String code, UnitLevel level, Long scope) {
        Unit unit = open(id);
        requireInside(unit, scope, false);
        String cleanCode = code == null ? unit.code() : checkCode(code);
        history.freezeEndedCampaigns(); // past reports keep the name they were filed under
        try {
            jdbc.sql("UPDATE units SET name = :n, code = :c, level = :l WHERE id = :id").param("n", checkName(name))
                    .param("c", cleanCode).param("l", (level == null ? unit.level() : level).name()).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw new UnitChangeException("unit.codeTaken", "Mã đơn vị «" + cleanCode + "» đã được dùng cho đơn vị khác", cleanCode);
        }
        return units.findById(id).orElseThrow();
    }

    /** Moves a unit with everything below it under a new parent. */
    @Transactional
    public Unit move(long id, long newParentId, Long scope) {
        Unit unit = open(id);
        Unit parent = open(newParentId);
        requireInside(unit, scope, false);
        requireInside(parent, scope, true);
        if (unit.contains(parent)) {
            throw new UnitChangeException("unit.moveIntoItself", "Không thể chuyển «" + unit.name() + "» vào chính nó hoặc đơn vị cấp dưới của nó",
                    unit.name());
        }
        if (unit.parentId() != null && unit.parentId() == newParentId) {
            return unit;
        }
        history.freezeEndedCampaigns();
        lockTree();
        jdbc.sql("UPDATE units SET parent_id = :p WHERE id = :id").param("p", newParentId).param("id", id).update();
        rewritePaths(unit.path(), parent.path() + id + "/", parent.depth() + 1 - unit.depth());
        return units.findById(id).orElseThrow();
    }

    /**
     * Merges {@code absorbedId} into {@code survivorId}: its members and child units move to the
     * survivor, its roles end, and it is closed (kept, pointing at the survivor) rather than deleted.
     */
    @Transactional
    public Unit merge(long absorbedId, long survivorId, Long scope) {
        Unit absorbed = open(absorbedId);
        Unit survivor = open(survivorId);
        requireInside(absorbed, scope, false);
        requireInside(survivor, scope, true);
        if (absorbed.id() == survivor.id() || absorbed.contains(survivor)) {
            throw new UnitChangeException("unit.mergeIntoItself", "Không thể sáp nhập «" + absorbed.name() + "» vào chính nó hoặc đơn vị cấp dưới của nó",
                    absorbed.name());
        }
        history.freezeEndedCampaigns();
        lockTree();
        jdbc.sql("UPDATE members SET unit_id = :s WHERE unit_id = :a").param("s", survivorId).param("a", absorbedId).update();
        for (Unit child : units.children(absorbedId)) {
            jdbc.sql("UPDATE units SET parent_id = :p WHERE id = :id").param("p", survivorId).param("id", child.id()).update();
            rewritePaths(child.path(), survivor.path() + child.id() + "/", survivor.depth() + 1 - child.depth());
        }
        closeRow(absorbedId, survivorId);
        return units.findById(survivorId).orElseThrow();
    }

    /** Closes an empty unit (no members still in it, no open child units). */
    @Transactional
    public void close(long id, Long scope) {
        Unit unit = open(id);
        requireInside(unit, scope, false);
        long members = jdbc.sql("SELECT count(*) FROM members WHERE unit_id = :u AND status <> 'LEFT'").param("u", id)
                .query(Long.class).single();
        if (members > 0 || !units.children(id).isEmpty()) {
            int children = units.children(id).size();
            throw new UnitChangeException("unit.notEmpty", "Đơn vị «" + unit.name() + "» còn " + members + " đảng viên và " + children
                    + " đơn vị trực thuộc: hãy chuyển hoặc sáp nhập trước khi giải thể", unit.name(), members, children);
        }
        history.freezeEndedCampaigns();
        closeRow(id, null);
    }

    private void closeRow(long id, Long mergedInto) {
        jdbc.sql("UPDATE units SET closed_at = now(), merged_into = :m, code = NULL WHERE id = :id").param("m", mergedInto)
                .param("id", id).update();
        jdbc.sql("DELETE FROM unit_roles WHERE unit_id = :id").param("id", id).update();
    }

    /** One statement for the whole subtree: path prefix replaced, depth shifted. */
    private void rewritePaths(String oldPrefix, String newPrefix, int depthShift) {
        jdbc.sql("""
                UPDATE units SET path = :new || substr(path, length(:old) + 1), depth = depth + :shift
                 WHERE unit_within(path, :old)""").param("new", newPrefix).param("old", oldPrefix).param("shift", depthShift).update();
    }

    /** Moves are serialised, so two concurrent moves can never interleave their path rewrites. */
    private void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7001)").query(Object.class).list();
    }

    private Unit open(long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
        if (unit.closed()) {
            throw new UnitChangeException("unit.closed", "Đơn vị «" + unit.name() + "» đã giải thể hoặc sáp nhập", unit.name());
        }
        return unit;
    }

    /** {@code orSelf}: the scope's own unit counts (as a parent or survivor), but it cannot itself be changed. */
    private void requireInside(Unit unit, Long scope, boolean orSelf) {
        if (scope == null) {
            return;
        }
        Unit root = units.findById(scope).orElseThrow(() -> new OutOfScopeException("unknown scope"));
        if (!root.contains(unit) || (!orSelf && root.id() == unit.id())) {
            throw new OutOfScopeException("unit " + unit.id() + " is outside your unit's subtree");
        }
    }

    public static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UnitChangeException("unit.nameMissing", "Thiếu tên đơn vị");
        }
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            throw new UnitChangeException("unit.nameTooLong", "Tên đơn vị dài quá " + MAX_NAME + " ký tự", MAX_NAME);
        }
        return clean;
    }

    public static String checkCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String clean = code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new UnitChangeException("unit.codeInvalid", "Mã đơn vị «" + clean + "» không hợp lệ: tối đa 64 chữ, số, «.», «_», «-»", clean);
        }
        return clean;
    }
}
