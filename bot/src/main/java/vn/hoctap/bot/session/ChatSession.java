package vn.hoctap.bot.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation state of one chat, kept in Redis. It only holds what can be rebuilt (where the
 * member is in a dialogue); facts live in PostgreSQL. {@code revision} is the stored revision it
 * was loaded from, used to refuse overwriting a newer write from another instance.
 */
public final class ChatSession {

    private final long chatId;
    private final long revision;
    private String state;
    private final Map<String, String> data;
    private boolean changed;

    ChatSession(long chatId, long revision, String state, Map<String, String> data) {
        this.chatId = chatId;
        this.revision = revision;
        this.state = state;
        this.data = new HashMap<>(data);
    }

    static ChatSession fresh(long chatId) {
        return new ChatSession(chatId, 0, null, Map.of());
    }

    public long chatId() {
        return chatId;
    }

    long revision() {
        return revision;
    }

    /** The dialogue the chat is in, if any (e.g. waiting for an invitation code). */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    public boolean isIn(String expected) {
        return expected.equals(state);
    }

    public void enter(String newState) {
        state = newState;
        changed = true;
    }

    /** Leaves any dialogue and forgets its data. */
    public void reset() {
        if (state != null || !data.isEmpty()) {
            state = null;
            data.clear();
            changed = true;
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(data.get(key));
    }

    public void put(String key, String value) {
        data.put(key, value);
        changed = true;
    }

    boolean isChanged() {
        return changed;
    }

    Map<String, String> data() {
        return Map.copyOf(data);
    }

    String rawState() {
        return state;
    }
}
