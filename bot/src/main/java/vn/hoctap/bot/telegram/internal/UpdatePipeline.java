package vn.hoctap.bot.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * Handles one update: load the chat's session, run the routed handler, and save the session only
 * if the handler succeeded, so a failure never leaves a half-changed dialogue behind.
 */
final class UpdatePipeline {

    private static final Logger log = LoggerFactory.getLogger(UpdatePipeline.class);

    private final UpdateDispatcher dispatcher;
    private final SessionStore sessions;
    private final ErrorReplies errors;

    UpdatePipeline(UpdateDispatcher dispatcher, SessionStore sessions, ErrorReplies errors) {
        this.dispatcher = dispatcher;
        this.sessions = sessions;
        this.errors = errors;
    }

    void process(Incoming in) {
        if (in.kind() == Incoming.Kind.IGNORED) {
            log.debug("Ignoring update {}", in.updateId());
            return;
        }
        try {
            ChatSession session = sessions.load(in.chatId());
            UpdateHandler handler = dispatcher.route(in, session)
                    .orElseThrow(() -> new IllegalStateException("no handler accepts " + in.kind()));
            handler.handle(in, session);
            sessions.saveIfChanged(session);
        } catch (Exception e) {
            errors.handle(in, e);
        }
    }
}
