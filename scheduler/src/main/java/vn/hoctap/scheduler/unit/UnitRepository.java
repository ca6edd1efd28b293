package vn.hoctap.scheduler.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and grows the unit tree; paths are maintained by the database trigger. */
@Repository
public class UnitRepository {

    static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getLong("id"), (Long) rs.getObject("parent_id"),
            UnitLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("path"), rs.getInt("depth"));

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Unit create(Long parentId, UnitLevel level, String name) {
        return jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) VALUES (:p, :l, :n, '', 0) RETURNING *")
                .param("p", parentId).param("l", level.name()).param("n", name).query(ROW).single();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("SELECT * FROM units WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public List<Unit> children(long id) {
        return jdbc.sql("SELECT * FROM units WHERE parent_id = :id ORDER BY name, id").param("id", id).query(ROW).list();
    }
}
