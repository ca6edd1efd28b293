package vn.hoctap.bot.telegram.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
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
 * Sends through the TelegramBots client. Interactive replies take their share of the send budget
 * first (ahead of broadcasts), wait out a 429 for its retry_after (pausing bulk delivery too) and
 * keep their turn, and retry transient failures (5xx, network) twice; anything else is reported to
 * the caller. Bulk sends ({@link #sendOnce}) are paced and retried by the delivery worker instead.
 */
final class OkHttpTelegramGateway implements TelegramGateway {

    static final int MAX_TEXT = 4096;
    private static final int ATTEMPTS = 3;
    /** A reply keeps waiting out 429s up to this long in all. */
    private static final Duration MAX_TOTAL_429_WAIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(OkHttpTelegramGateway.class);

    private final TelegramClient client;
    private final SendBudget budget;
    private final Duration maxRetryAfter;
    private final SummaryPages splitter = new SummaryPages(MAX_TEXT);
    /** Methods that count against Telegram's message limits (answering a button or inline query does not). */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("sendmessage", "sendpoll", "editmessagetext");

    private final BulkSendClient bulk;

    OkHttpTelegramGateway(TelegramClient client, BulkSendClient bulk, SendBudget budget, Duration maxRetryAfter) {
        this.client = client;
        this.bulk = bulk;
        this.budget = budget;
        this.maxRetryAfter = maxRetryAfter;
    }

    @Override
    public void send(long chatId, String text, Keyboard keyboard) {
        List<String> parts = splitter.split(text);
        for (int i = 0; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> msg = SendMessage.builder().chatId(chatId).text(parts.get(i));
            if (i == parts.size() - 1 && !keyboard.isEmpty()) {
                msg.replyMarkup(Markup.of(keyboard));
            }
            call(msg.build());
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
        return call(poll.build()).getPoll().getId();
    }

    @Override
    public void sendHtml(long chatId, String html, Keyboard keyboard) {
        if (Markup.visibleLength(html) > MAX_TEXT) {
            throw new IllegalArgumentException("HTML message over " + MAX_TEXT + " characters cannot be split safely");
        }
        SendMessage.SendMessageBuilder<?, ?> msg = SendMessage.builder().chatId(chatId).text(html).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!keyboard.isEmpty()) {
            msg.replyMarkup(Markup.of(keyboard));
        }
        call(msg.build());
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
        call(AnswerInlineQuery.builder().inlineQueryId(inlineQueryId).results(results).cacheTime(60).isPersonal(false)
                .build());
    }

    @Override
    public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("edited text over " + MAX_TEXT + " characters");
        }
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(text);
        if (!keyboard.isEmpty()) {
            edit.replyMarkup(Markup.of(keyboard));
        }
        try {
            call(edit.build());
        } catch (TelegramCallException e) {
            if (e.errorCode() != 400 || !e.getMessage().contains("message is not modified")) {
                throw e;
            }
            // The message already shows exactly this: the member tapped the same button twice.
        }
    }

    @Override
    public void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        if (Markup.visibleLength(html) > MAX_TEXT) {
            throw new IllegalArgumentException("edited HTML over " + MAX_TEXT + " characters");
        }
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(html).parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!keyboard.isEmpty()) {
            edit.replyMarkup(Markup.of(keyboard));
        }
        try {
            call(edit.build());
        } catch (TelegramCallException e) {
            if (e.errorCode() != 400 || !e.getMessage().contains("message is not modified")) {
                throw e;
            }
        }
    }

    @Override
    public void setMenuWebApp(String text, String url) {
        call(SetChatMenuButton.builder().menuButton(MenuButtonWebApp.builder().text(text).webAppInfo(new WebAppInfo(url)).build())
                .build());
    }

    @Override
    public void answerCallback(String callbackId, String notice, boolean alert) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(notice).showAlert(alert).build());
    }

    private <T extends Serializable> T call(BotApiMethod<T> method) {
        boolean counted = COUNTED.contains(method.getMethod().toLowerCase(java.util.Locale.ROOT));
        long waited429 = 0;
        for (int attempt = 1;; attempt++) {
            SendBudget.Grant grant = counted ? budget.acquireReply(chatOf(method)) : null;
            try {
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code == 429) {
                    long wait = retryAfter == null ? 1 : retryAfter;
                    if (wait > maxRetryAfter.toSeconds() || waited429 + wait > MAX_TOTAL_429_WAIT.toSeconds()) {
                        throw new TelegramCallException(method.getMethod(), code, e.getApiResponse(), retryAfter, e);
                    }
                    // The bot is over Telegram's limit: broadcasts step back too while this reply waits.
                    java.time.Instant now = java.time.Instant.now();
                    budget.pauseUntil(now.plusSeconds(wait), now);
                    waited429 += wait;
                    attempt--;
                    pause(Duration.ofSeconds(wait), method, code);
                    continue;
                }
                boolean transientError = code >= 500 || code == 0;
                if (!transientError || attempt == ATTEMPTS) {
                    throw new TelegramCallException(method.getMethod(), code, e.getApiResponse(), retryAfter, e);
                }
                pause(backoff(attempt), method, code);
            } catch (TelegramApiException e) {
                if (attempt == ATTEMPTS) {
                    throw new TelegramCallException(method.getMethod(), 0, e.getMessage(), e);
                }
                pause(backoff(attempt), method, 0);
            } finally {
                if (grant != null) {
                    grant.done();
                }
            }
        }
    }

    /** The chat a counted method sends to, for the budget's per-chat rule; null if not a plain chat id. */
    private static Long chatOf(BotApiMethod<?> method) {
        String chat = method instanceof SendMessage m ? m.getChatId()
                : method instanceof SendPoll p ? p.getChatId()
                : method instanceof EditMessageText e ? e.getChatId() : null;
        try {
            return chat == null ? null : Long.valueOf(chat);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(200L * attempt * attempt);
    }

    private static void pause(Duration wait, BotApiMethod<?> method, int code) {
        log.warn("{} answered {}; retrying in {} ms", method.getMethod(), code == 0 ? "a network error" : code, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramCallException(method.getMethod(), code, "interrupted while waiting to retry", e);
        }
    }
}
