package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plain HTTP access to the fake server for tests that need what the TelegramBots client hides:
 * status codes, requests the client would refuse to build, and hand-made getUpdates calls.
 */
final class RawBotApi {

    /** An HTTP status and the parsed JSON body. */
    record Reply(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    RawBotApi(FakeTelegramServer server) {
        this(server, server.token());
    }

    RawBotApi(FakeTelegramServer server, String token) {
        this.baseUrl = server.baseUrl();
        this.token = token;
    }

    /** POSTs a JSON body to {@code /bot<token>/<method>}. */
    Reply post(String method, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** GETs {@code /bot<token>/<method>?<query>} (Telegram accepts parameters in the query string too). */
    Reply get(String method, String query) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method + "?" + query)).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), Json.MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
