package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One Bot API request as the fake server received it, kept so tests can assert on exactly what the
 * bot sent (parameters are the decoded JSON body, snake_case as on the wire).
 */
public record RecordedCall(String method, JsonNode params, Instant at) {

    /** A parameter as text (numbers and booleans included), or null when absent. */
    public String param(String name) {
        return Json.text(params, name);
    }
}
