package vn.hoctap.bot.study;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How summaries are paged in the chat (characters per page; Telegram's own limit is 4,096). */
@ConfigurationProperties("hoctap.study")
public record StudyProperties(@DefaultValue("1500") int pageChars) {
}
