package vn.hoctap.bot.telegram.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.menubutton.MenuButtonWebApp;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.hoctap.bot.telegram.InlineArticle;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.content.summary.SummaryPages;
import vn.hoctap.scheduler.delivery.SendBudget;

/**
 * Sends to Telegram. What handlers send on every update (sendMessage, editMessageText,
 * answerCallbackQuery) and bulk sends go through our own cheap HTTP path ({@link BotApiHttp}); the
 * rare rest (quiz polls, inline answers, the menu button) through the TelegramBots client. Either
 * way an interactive reply follows {@link ReplyCalls}: budget first, 429s waited out, transient
 * failures retried. Bulk sends ({@link #sendOnce}) are paced and retried by the delivery worker instead.
 */
final class OkHttpTelegramGateway implements TelegramGateway {

    static final int MAX_TEXT = 4096;
    private static final String NOT_MODIFIED = "message is not modified";

    private final TelegramClient client;
    private final BotApiHttp http;
    private final BulkSendClient bulk;
    private final ReplyCalls replies;
    private final SummaryPages splitter = new SummaryPages(MAX_TEXT);

    OkHttpTelegramGateway(TelegramClient client, BotApiHttp http, SendBudget budget, Duration maxRetryAfter) {
        this.client = client;
        this.http = http;
        this.bulk = new BulkSendClient(http);
        this.replies = new ReplyCalls(budget, maxRetryAfter);
    }

    @Override
    public void send(long chatId, String text, Keyboard keyboard) {
        List<String> parts = splitter.split(text);
        for (int i = 0; i < parts.size(); i++) {
            sendMessage(chatId, parts.get(i), false, i == parts.size() - 1 ? keyboard : Keyboard.NONE);
        }
    }

    @Override
    public int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        return bulk.send(chatId, text, keyboard, paidBroadcast);
    }

    @Override
    public String sendQuizPoll(long chatId, String question, List<String> options, List<Integer> correct, String explanation) {
        SendPoll.SendPollBuilder<?, ?> poll = SendPoll.builder().chatId(chatId).question(question).type("quiz").isAnonymous(false)
                .options(options.stream().map(InputPollOption::new).toList()).correctOptionIds(correct);
        if (explanation != null && !explanation.isBlank()) {
            poll.explanation(explanation);
        }
        SendPoll method = poll.build();
        return replies.call(method.getMethod(), true, chatId, () -> execute(method)).getPoll().getId();
    }

    @Override
    public void sendHtml(long chatId, String html, Keyboard keyboard) {
        if (tooLong(html)) {
            throw new IllegalArgumentException("HTML message over " + MAX_TEXT + " characters cannot be split safely");
        }
        sendMessage(chatId, html, true, keyboard);
    }

    @Override
    public void answerInline(String inlineQueryId, List<InlineArticle> articles) {
        List<InlineQueryResult> results = articles.stream().map(a -> {
            InlineQueryResultArticle.InlineQueryResultArticleBuilder<?, ?> article = InlineQueryResultArticle.builder()
                    .id(a.id()).title(a.title()).description(a.description())
                    .inputMessageContent(InputTextMessageContent.builder().messageText(a.html()).parseMode("HTML")
                            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build());
            if (!a.keyboard().isEmpty()) {
                article.replyMarkup(Markup.of(a.keyboard()));
            }
            return (InlineQueryResult) article.build();
        }).toList();
        AnswerInlineQuery method = AnswerInlineQuery.builder().inlineQueryId(inlineQueryId).results(results).cacheTime(60)
                .isPersonal(false).build();
        replies.call(method.getMethod(), false, null, () -> execute(method));
    }

    @Override
    public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("edited text over " + MAX_TEXT + " characters");
        }
        editMessageText(chatId, messageId, text, false, keyboard);
    }

    @Override
    public void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        if (tooLong(html)) {
            throw new IllegalArgumentException("edited HTML over " + MAX_TEXT + " characters");
        }
        editMessageText(chatId, messageId, html, true, keyboard);
    }

    @Override
    public void setMenuWebApp(String text, String url) {
        SetChatMenuButton method = SetChatMenuButton.builder()
                .menuButton(MenuButtonWebApp.builder().text(text).webAppInfo(new WebAppInfo(url)).build()).build();
        replies.call(method.getMethod(), false, null, () -> execute(method));
    }

    @Override
    public void answerCallback(String callbackId, String notice, boolean alert) {
        byte[] json = BotApiJson.answerCallbackQuery(callbackId, notice, alert);
        replies.call("answercallbackquery", false, null, () -> http.call("answercallbackquery", json));
    }

    private void sendMessage(long chatId, String text, boolean html, Keyboard keyboard) {
        byte[] json = BotApiJson.sendMessage(chatId, text, html, keyboard);
        replies.call("sendmessage", true, chatId, () -> http.call("sendmessage", json));
    }

    private void editMessageText(long chatId, int messageId, String text, boolean html, Keyboard keyboard) {
        byte[] json = BotApiJson.editMessageText(chatId, messageId, text, html, keyboard);
        try {
            replies.call("editmessagetext", true, chatId, () -> http.call("editmessagetext", json));
        } catch (TelegramCallException e) {
            if (e.errorCode() != 400 || !e.getMessage().contains(NOT_MODIFIED)) {
                throw e;
            }
            // The message already shows exactly this: the member tapped the same button twice.
        }
    }

    /** Telegram's length of HTML is at most its length in characters: the regular expressions run only past that. */
    private static boolean tooLong(String html) {
        return html.length() > MAX_TEXT && Markup.visibleLength(html) > MAX_TEXT;
    }

    /** One attempt through the TelegramBots client, its failure as a {@link TelegramCallException}. */
    private <T extends Serializable> T execute(BotApiMethod<T> method) {
        try {
            return client.execute(method);
        } catch (TelegramApiRequestException e) {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            throw new TelegramCallException(method.getMethod(), code, e.getApiResponse(), retryAfter, e);
        } catch (TelegramApiException e) {
            throw new TelegramCallException(method.getMethod(), 0, e.getMessage(), e);
        }
    }
}
