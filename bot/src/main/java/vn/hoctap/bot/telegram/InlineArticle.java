package vn.hoctap.bot.telegram;

/** One inline-mode result: what the list shows and the HTML message it posts when chosen. */
public record InlineArticle(String id, String title, String description, String html, Keyboard keyboard) {
}
