package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer in Telegram's format, thrown anywhere inside a method handler and turned into
 * {@code {"ok":false,"error_code":N,"description":"..."}} (plus {@code retry_after} for 429) by the server.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int code;
    final String description;
    final Integer retryAfter;

    ApiError(int code, String description, Integer retryAfter) {
        super(code + " " + description, null, false, false);
        this.code = code;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static ApiError of(int code, String description) {
        return new ApiError(code, description, null);
    }

    static ApiError badRequest(String detail) {
        return of(400, "Bad Request: " + detail);
    }

    static ApiError tooManyRequests(int retryAfterSeconds) {
        return new ApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return body;
    }
}
