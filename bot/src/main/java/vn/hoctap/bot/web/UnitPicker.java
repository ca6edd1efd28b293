package vn.hoctap.bot.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.unit.VietnameseOrder;

/**
 * The units a form may offer, as a tree for the searchable picker ({@code fragments/unit-tree}),
 * instead of typed ids or a flat list whose indentation the browser collapses. Names are ordered
 * by Vietnamese rules with numbers compared as numbers ("Chi bộ 2" before "Chi bộ 10").
 */
@Component
public class UnitPicker {

    /** One unit of the tree with the units under it. */
    public record Node(long id, String name, List<Node> children) {
    }

    private final JdbcClient jdbc;

    UnitPicker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open units of a subtree ({@code path LIKE pattern}); cells only if asked, since a province
     * has thousands. The subtree's own top unit is always included, even a cell.
     */
    public List<Node> tree(String subtreePattern, boolean withCells) {
        Map<String, Node> byPath = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        jdbc.sql("""
                SELECT id, name, path FROM units WHERE path LIKE :p AND closed_at IS NULL
                   AND (:cells OR level <> 'CELL' OR path = rtrim(:p, '%')) ORDER BY path""")
                .param("p", subtreePattern).param("cells", withCells).query((rs, n) -> {
                    String path = rs.getString(3);
                    Node node = new Node(rs.getLong(1), rs.getString(2), new ArrayList<>());
                    Node parent = byPath.get(parentPath(path));
                    (parent == null ? roots : parent.children()).add(node);
                    byPath.put(path, node);
                    return node;
                }).list();
        sort(roots);
        return roots;
    }

    private static void sort(List<Node> nodes) {
        nodes.sort(Comparator.comparing(Node::name, VietnameseOrder.NAMES));
        nodes.forEach(n -> sort(n.children()));
    }

    private static String parentPath(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int cut = trimmed.lastIndexOf('/');
        return cut <= 0 ? "" : trimmed.substring(0, cut + 1);
    }
}
