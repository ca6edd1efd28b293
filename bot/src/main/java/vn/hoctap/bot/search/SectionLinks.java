package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.TelegramGateway;

/**
 * Opens a document section from a deep link ({@code /start s_D_P}, owned by onboarding): the same
 * screen as the section button, sent as a new message.
 */
@Component
public class SectionLinks {

    private final SectionViews sections;
    private final TelegramGateway telegram;

    SectionLinks(SectionViews sections, TelegramGateway telegram) {
        this.sections = sections;
        this.telegram = telegram;
    }

    /** False when the document or section does not exist (any more). */
    public boolean open(long chatId, long documentId, int positionPlusOne) {
        return sections.screen(documentId, positionPlusOne - 1, 1).map(screen -> {
            telegram.sendHtml(chatId, screen.text(), screen.keyboard());
            return true;
        }).orElse(false);
    }
}
