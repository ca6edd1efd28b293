package vn.hoctap.scheduler.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and grows the unit tree; paths are set by the database trigger on insert, rewritten by {@link UnitTree} on moves. */
@Repository
public class UnitRepository {

    static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getLong("id"), (Long) rs.getObject("parent_id"),
            UnitLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("path"), rs.getInt("depth"),
            rs.getString("code"), rs.getObject("closed_at") != null);

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Characters of a unit's name (the longest real ones are under 120). */
    public static final int MAX_NAME = 200;

    public Unit create(Long parentId, UnitLevel level, String name) {
        return create(parentId, level, name, null);
    }

    public Unit create(Long parentId, UnitLevel level, String name, String code) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("unit name: 1 to " + MAX_NAME + " characters");
        }
        return jdbc.sql("INSERT INTO units (parent_id, level, name, code, path, depth) VALUES (:p, :l, :n, :c, '', 0) RETURNING *")
                .param("p", parentId).param("l", level.name()).param("n", name).param("c", code).query(ROW).single();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("SELECT * FROM units WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("SELECT * FROM units WHERE lower(code) = lower(:c)").param("c", code).query(ROW).optional();
    }

    /** Open child units (closed ones are history). */
    public List<Unit> children(long id) {
        return jdbc.sql("SELECT * FROM units WHERE parent_id = :id AND closed_at IS NULL ORDER BY name, id").param("id", id)
                .query(ROW).list();
    }

    /** Every open unit of a subtree, top down, for tree pages and pickers. */
    public List<Unit> subtree(long id) {
        return jdbc.sql("""
                SELECT u.* FROM units u, units r WHERE r.id = :id AND unit_within(u.path, r.path) AND u.closed_at IS NULL
                 ORDER BY u.path""").param("id", id).query(ROW).list();
    }
}
