package vn.hoctap.bot.telegram.internal;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Incoming.Kind;

/** The mapping through TelegramBots' Update objects as it was before {@link UpdateMapper} read JSON trees: the reference its results are checked against. */
final class ObjectUpdateMapper {

    private ObjectUpdateMapper() {
    }

    static Incoming map(Update u) {
        int id = u.getUpdateId() == null ? -1 : u.getUpdateId();
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            long chatId = q.getMessage() != null ? q.getMessage().getChatId() : q.getFrom().getId();
            Integer messageId = q.getMessage() != null ? q.getMessage().getMessageId() : null;
            return new Incoming(id, Kind.CALLBACK, chatId, q.getFrom().getId(), name(q.getFrom()), null, null, null,
                    q.getId(), q.getData(), messageId, null);
        }
        if (u.hasPollAnswer() && u.getPollAnswer().getUser() != null) {
            var a = u.getPollAnswer();
            String chosen = a.getOptionIds() == null ? "" : a.getOptionIds().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            return new Incoming(id, Kind.POLL_ANSWER, a.getUser().getId(), a.getUser().getId(), name(a.getUser()), a.getPollId(),
                    null, chosen, null, null, null, null);
        }
        if (u.hasInlineQuery()) {
            var q = u.getInlineQuery();
            return new Incoming(id, Kind.INLINE, q.getFrom().getId(), q.getFrom().getId(), name(q.getFrom()), q.getQuery(),
                    null, null, null, null, null, q.getId());
        }
        if (u.hasMessage() && u.getMessage().getChat() != null && "private".equals(u.getMessage().getChat().getType())) {
            Message m = u.getMessage();
            long userId = m.getFrom() != null ? m.getFrom().getId() : m.getChatId();
            String name = m.getFrom() != null ? name(m.getFrom()) : "";
            if (m.hasText()) {
                String text = m.getText().strip();
                if (text.startsWith("/") && text.length() > 1) {
                    String[] parts = text.split("\\s+", 2);
                    String command = parts[0].substring(1);
                    int at = command.indexOf('@');
                    command = (at >= 0 ? command.substring(0, at) : command).toLowerCase(java.util.Locale.ROOT);
                    return new Incoming(id, Kind.COMMAND, m.getChatId(), userId, name, text, command,
                            parts.length > 1 ? parts[1].strip() : "", null, null, m.getMessageId(), null);
                }
                return new Incoming(id, Kind.TEXT, m.getChatId(), userId, name, text, null, null, null, null,
                        m.getMessageId(), null);
            }
            return new Incoming(id, Kind.OTHER_MESSAGE, m.getChatId(), userId, name, null, null, null, null, null,
                    m.getMessageId(), null);
        }
        long chat = u.hasMessage() ? u.getMessage().getChatId() : 0;
        return new Incoming(id, Kind.IGNORED, chat, 0, "", null, null, null, null, null, null, null);
    }

    private static String name(User user) {
        return user.getFirstName() == null ? "" : user.getFirstName();
    }
}
