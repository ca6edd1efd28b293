package vn.hoctap.scheduler.delivery;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keyboards are stored in the outbox as JSON rows of {text, callbackData} buttons. */
public final class Keyboards {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<List<OutgoingMessage.ButtonSpec>>> ROWS = new TypeReference<>() {
    };

    private Keyboards() {
    }

    public static String toJson(List<List<OutgoingMessage.ButtonSpec>> rows) {
        return rows == null || rows.isEmpty() ? null : JSON.writeValueAsString(rows);
    }

    public static List<List<OutgoingMessage.ButtonSpec>> parse(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, ROWS);
    }
}
