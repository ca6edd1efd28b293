package vn.hoctap.bot.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One update as it arrived: read as a JSON tree (for routing, {@link UpdateMapper}) and the JSON
 * text Telegram sent, which the inbox stores as it is.
 */
record ReceivedUpdate(JsonNode update, String json) {

    /** Its update_id, or null if it has none. */
    Integer updateId() {
        return UpdateMapper.updateIdOrNull(update);
    }
}
