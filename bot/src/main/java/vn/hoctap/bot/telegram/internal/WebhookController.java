package vn.hoctap.bot.telegram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Webhook endpoint. Checks Telegram's secret header (in constant time) before reading a byte of the
 * body, reads at most {@code webhook-max-body} bytes, stores the update in the inbox and only then
 * answers 200; if it cannot be stored it answers 503 and Telegram delivers it again later. A body
 * that is not an update, or an update without anything to answer, gets 200 and a log line (a 4xx
 * or 5xx would only make Telegram retry it forever).
 */
@RestController
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final TelegramProperties props;
    private final InboxDispatcher inbox;
    private final ObjectMapper telegramJson = new ObjectMapper();

    WebhookController(TelegramProperties props, InboxDispatcher inbox) {
        this.props = props;
        this.inbox = inbox;
    }

    @PostMapping(path = "/telegram/webhook")
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        if (!props.enabled() || props.mode() != TelegramProperties.Mode.WEBHOOK) {
            return ResponseEntity.notFound().build();
        }
        String secret = request.getHeader(SECRET_HEADER);
        if (secret == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                props.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        long max = props.webhookMaxBody().toBytes();
        if (request.getContentLengthLong() > max) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) max + 1);
        }
        if (body.length > max) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        JsonNode update;
        try {
            update = telegramJson.readTree(body);
        } catch (Exception e) {
            log.warn("Webhook body is not a Telegram update; ignored: {}", e.getMessage());
            return ResponseEntity.ok().build();
        }
        if (update == null || !update.isObject() || UpdateMapper.updateIdOrNull(update) == null) {
            log.warn("Webhook update without an update_id; ignored");
            return ResponseEntity.ok().build();
        }
        if (!inbox.accepting()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        try {
            inbox.accept(List.of(new ReceivedUpdate(update, new String(body, StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            log.warn("Could not store webhook update {}; Telegram will deliver it again: {}", UpdateMapper.updateIdOrNull(update),
                    e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().build();
    }
}
