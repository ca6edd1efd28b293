package vn.hoctap.bot.telegram.internal;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update as it arrived: the parsed object (for routing) and the JSON text Telegram sent, which
 * the inbox stores as it is instead of writing the object back to JSON.
 */
record ReceivedUpdate(Update update, String json) {
}
