package vn.hoctap.bot.dialogue;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.member.MemberRepository;

/**
 * A dialogue waiting for one comment: while the chat is in {@code state}, the next text is the
 * member's comment on the object whose id the session keeps under {@code targetKey} (an opinion
 * form, an action programme). The comment is bounded, the dialogue ends whatever happens, and the
 * feature says what storing means (false when the member may not comment on it any more).
 */
public final class CommentInput implements UpdateHandler {

    /** What a feature does with a comment; false refuses it as stale. */
    @FunctionalInterface
    public interface Store {
        boolean store(long targetId, long memberId, String comment);
    }

    /** The session keys and the message keys of one comment dialogue. */
    public record Keys(String state, String targetKey, String staleText, String savedText) {
    }

    public static final int MAX_CHARS = 2_000;

    private final Keys keys;
    private final Store store;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    public CommentInput(Keys keys, Store store, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.keys = keys;
        this.store = store;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return session.isIn(keys.state()) && in.kind() == Incoming.Kind.TEXT;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String comment = in.text() == null ? "" : in.text().strip();
        if (comment.length() > MAX_CHARS) {
            telegram.send(in.chatId(), texts.get("comment.tooLong", MAX_CHARS));
            return;
        }
        long target = Long.parseLong(session.get(keys.targetKey()).orElse("0"));
        var member = members.findByTelegramUserId(in.userId());
        session.reset();
        if (member.isEmpty() || comment.isEmpty() || !store.store(target, member.get().id(), comment)) {
            telegram.send(in.chatId(), texts.get(keys.staleText()));
            return;
        }
        telegram.send(in.chatId(), texts.get(keys.savedText()));
    }

    @Override
    public String toString() {
        return "comment " + keys.state();
    }
}
