package vn.hoctap.bot.webapp;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hoctap.bot.telegram.Texts;

/** A member's bookmarked sections (position -1 is the summary), at most {@code maxBookmarks} each. */
@Repository
class Bookmarks {

    /** The member already has as many bookmarks as allowed (409, the reason in the member's words). */
    static class TooMany extends IllegalStateException {
        TooMany(String reason) {
            super(reason);
        }
    }

    private final JdbcClient jdbc;
    private final WebAppProperties props;
    private final Texts texts;

    Bookmarks(JdbcClient jdbc, WebAppProperties props, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.props = props;
    }

    List<Integer> of(long memberId, long documentId) {
        return jdbc.sql("SELECT position FROM webapp_bookmarks WHERE member_id = :m AND document_id = :d ORDER BY position")
                .param("m", memberId).param("d", documentId).query(Integer.class).list();
    }

    void add(long memberId, long documentId, int position) {
        long count = jdbc.sql("SELECT count(*) FROM webapp_bookmarks WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single();
        if (count >= props.maxBookmarks()) {
            throw new TooMany(texts.get("webapp.tooManyBookmarks"));
        }
        jdbc.sql("""
                INSERT INTO webapp_bookmarks (member_id, document_id, position) VALUES (:m, :d, :p)
                ON CONFLICT DO NOTHING""").param("m", memberId).param("d", documentId).param("p", position).update();
    }

    void remove(long memberId, long documentId, int position) {
        jdbc.sql("DELETE FROM webapp_bookmarks WHERE member_id = :m AND document_id = :d AND position = :p")
                .param("m", memberId).param("d", documentId).param("p", position).update();
    }
}
