package vn.hoctap.bot.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Webhook endpoint: checks Telegram's secret header in constant time, queues the update and
 * answers 200 at once (Telegram retries slow or failed webhooks, which the de-duplication absorbs).
 */
@RestController
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramProperties props;
    private final UpdateReceiver receiver;
    private final ObjectMapper telegramJson = new ObjectMapper();

    WebhookController(TelegramProperties props, UpdateReceiver receiver) {
        this.props = props;
        this.receiver = receiver;
    }

    @PostMapping(path = "/telegram/webhook", consumes = "application/json")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @RequestBody String body) {
        if (!props.enabled() || props.mode() != TelegramProperties.Mode.WEBHOOK) {
            return ResponseEntity.notFound().build();
        }
        if (secret == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                props.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Update update;
        try {
            update = telegramJson.readValue(body, Update.class);
        } catch (Exception e) {
            return ResponseEntity.badRequest().build();
        }
        receiver.receive(update);
        return ResponseEntity.ok().build();
    }
}
