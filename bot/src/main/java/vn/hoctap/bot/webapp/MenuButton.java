package vn.hoctap.bot.webapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.TelegramProperties;
import vn.hoctap.bot.telegram.Texts;

/** At start-up, with Telegram and the Mini App on, the bot's menu button opens the reader. */
@Component
class MenuButton {

    private static final Logger log = LoggerFactory.getLogger(MenuButton.class);

    private final TelegramProperties telegramProps;
    private final WebAppProperties props;
    private final TelegramGateway telegram;
    private final Texts texts;

    MenuButton(TelegramProperties telegramProps, WebAppProperties props, TelegramGateway telegram, Texts texts) {
        this.telegramProps = telegramProps;
        this.props = props;
        this.telegram = telegram;
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void install() {
        if (!telegramProps.enabled() || !props.enabled()) {
            return;
        }
        if (!props.publicUrl().startsWith("https://")) {
            log.warn("hoctap.webapp.public-url is not HTTPS ({}); Telegram opens Mini Apps only over HTTPS", props.publicUrl());
        }
        try {
            telegram.setMenuWebApp(texts.get("webapp.menu"), props.pageUrl());
            log.info("Menu button opens the Mini App at {}", props.pageUrl());
        } catch (RuntimeException e) {
            log.warn("Could not set the menu button to the Mini App: {}", e.getMessage());
        }
    }
}
