package vn.hoctap.bot.tryout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;

/**
 * Lets a person use the bot as members and secretaries would, without Telegram: starts the
 * in-process fake Bot API (optionally the app jar against it), reads lines such as
 * {@code u1 /start <code>}, {@code u1 press 2} or {@code u1 poll 1} from stdin (see
 * {@link ConsoleCommand}) and prints every message the bot sends, edits or deletes, every toast
 * (callback answer) and every Bot API error the bot caused. A tool for trying the product, not a test.
 *
 * <p>Usage: {@code ChatConsole [--jar=bot/target/hoctap-bot-….jar [app arguments…]]}.
 */
public final class ChatConsole {

    private static final String TOKEN = "777000111:chat-console";
    private static final Pattern WORTH_SHOWING = Pattern.compile(
            "t\\.me/|generated password|generated API token|Demo data|Started |ERROR|Exception");

    private final FakeTelegramServer server;
    private final PrintStream out;
    private final Map<Integer, FakeUser> users = new HashMap<>();
    private final Map<Long, Map<Integer, String>> printed = new HashMap<>();
    private final Map<String, Integer> callbackUsers = new HashMap<>();
    private int toastsSeen;
    private int errorsSeen;

    ChatConsole(FakeTelegramServer server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (FakeTelegramServer server = FakeTelegramServer.start(TOKEN, "hoctap_thu_bot")) {
            out.println("Fake Bot API: --hoctap.telegram.url=" + server.baseUrl() + " --hoctap.telegram.token=" + TOKEN);
            Process app = args.length > 0 && args[0].startsWith("--jar=") ? startApp(server, args, out) : null;
            ChatConsole console = new ChatConsole(server, out);
            Thread watcher = new Thread(console::watch, "chat-console-watch");
            watcher.setDaemon(true);
            watcher.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!console.execute(line)) {
                    break;
                }
            }
            Thread.sleep(1_000);
            console.printChanges();
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
        }
    }

    private static Process startApp(FakeTelegramServer server, String[] args, PrintStream out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", args[0].substring("--jar=".length()),
                "--hoctap.telegram.url=" + server.baseUrl(), "--hoctap.telegram.token=" + TOKEN,
                "--hoctap.telegram.poll-timeout=1s"));
        command.addAll(Arrays.asList(args).subList(1, args.length));
        Path log = Path.of("chat-console-app.log");
        out.println("Starting the app (full log in " + log.toAbsolutePath() + ")");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread pump = new Thread(() -> pumpLog(process, log, out), "chat-console-app-log");
        pump.setDaemon(true);
        pump.start();
        return process;
    }

    private static void pumpLog(Process process, Path log, PrintStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                file.println(line);
                if (WORTH_SHOWING.matcher(line).find()) {
                    out.println("[app] " + line);
                }
            }
        } catch (IOException e) {
            out.println("[app] log ended: " + e.getMessage());
        }
    }

    /** Runs one typed line; false when the console should stop. Mistakes are printed, never thrown. */
    synchronized boolean execute(String line) {
        ConsoleCommand command;
        try {
            command = ConsoleCommand.parse(line);
        } catch (IllegalArgumentException e) {
            out.println("?? " + e.getMessage());
            return true;
        }
        if (command == null) {
            return true;
        }
        if (command.kind() == ConsoleCommand.Kind.QUIT) {
            return false;
        }
        FakeUser user = users.computeIfAbsent(command.user(),
                n -> server.user(ConsoleCommand.telegramUserId(n), "Thử " + n));
        out.println("u" + command.user() + " > " + describe(command));
        try {
            act(command, user);
        } catch (RuntimeException | AssertionError e) {
            out.println("?? " + e.getMessage());
        }
        return true;
    }

    private static String describe(ConsoleCommand command) {
        return switch (command.kind()) {
            case TEXT -> command.argument();
            default -> "(" + command.kind().name().toLowerCase() + ") " + command.argument();
        };
    }

    private void act(ConsoleCommand command, FakeUser user) {
        switch (command.kind()) {
            case TEXT -> user.sendText(command.argument());
            case STICKER -> user.sendSticker();
            case PHOTO -> user.sendPhoto();
            case INLINE -> out.println("   inline answer: " + server.awaitInlineAnswer(user.inlineQuery(command.argument()),
                    java.time.Duration.ofSeconds(10)).toPrettyString());
            case SHOW -> server.sentMessages(user.chatId()).forEach(m -> out.println(ChatRendering.render("  #" + m.messageId(), m)));
            case POLL -> vote(command, user);
            case PRESS -> press(command, user);
            default -> throw new IllegalStateException(command.kind().name());
        }
    }

    private void vote(ConsoleCommand command, FakeUser user) {
        String[] parts = command.argument().split("@");
        List<SentMessage> messages = server.sentMessages(user.chatId());
        SentMessage poll = messages.stream().filter(SentMessage::isPoll)
                .filter(m -> parts.length == 1 || m.messageId() == Integer.parseInt(parts[1])).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalArgumentException("no such poll in this chat"));
        List<Integer> options = Arrays.stream(parts[0].split(",")).map(s -> Integer.parseInt(s) - 1).toList();
        user.answerPoll(poll.pollId(), options);
    }

    private void press(ConsoleCommand command, FakeUser user) {
        String argument = command.argument();
        List<SentMessage> messages = server.sentMessages(user.chatId()).stream()
                .filter(m -> !m.deleted() && !m.inlineButtons().isEmpty()).toList();
        int at = argument.indexOf('@');
        SentMessage target;
        if (at > 0 && argument.substring(at + 1).matches("\\d+")) {
            int messageId = Integer.parseInt(argument.substring(at + 1));
            target = messages.stream().filter(m -> m.messageId() == messageId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no message #" + messageId + " with buttons"));
            argument = argument.substring(0, at);
        } else if (messages.isEmpty()) {
            throw new IllegalArgumentException("no message with buttons in this chat");
        } else {
            target = messages.get(messages.size() - 1);
        }
        var buttons = target.inlineButtons();
        var button = argument.matches("\\d+") ? (Integer.parseInt(argument) >= 1 && Integer.parseInt(argument) <= buttons.size()
                ? buttons.get(Integer.parseInt(argument) - 1) : null)
                : buttons.stream().filter(b -> b.path("text").asText().equals(command.argument())).findFirst().orElse(null);
        if (button == null) {
            throw new IllegalArgumentException("message #" + target.messageId() + " has buttons " + target.buttonTexts());
        }
        if (!button.hasNonNull("callback_data")) {
            out.println("   (opens " + (button.has("url") ? button.get("url").asText() : button.toString()) + ")");
            return;
        }
        String queryId = user.pressData(target, button.get("callback_data").asText());
        callbackUsers.put(queryId, command.user());
        out.println("   pressed \"" + button.path("text").asText() + "\" on #" + target.messageId());
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(150);
                printChanges();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                out.println("?? watcher: " + e);
            }
        }
    }

    /** Prints what changed since the last call: new, edited and deleted messages, toasts, Bot API errors. */
    synchronized void printChanges() {
        for (Map.Entry<Integer, FakeUser> entry : users.entrySet()) {
            long chatId = entry.getValue().chatId();
            Map<Integer, String> seen = printed.computeIfAbsent(chatId, id -> new HashMap<>());
            for (SentMessage message : server.sentMessages(chatId)) {
                String shown = ChatRendering.render("", message);
                String before = seen.put(message.messageId(), shown);
                if (!shown.equals(before)) {
                    String arrow = before == null ? " < #" : message.deleted() ? " x #" : " (edited) #";
                    out.println(ChatRendering.render("u" + entry.getKey() + arrow + message.messageId(), message));
                }
            }
        }
        List<Map.Entry<String, String>> toasts = new ArrayList<>(server.answeredCallbacks().entrySet());
        for (Map.Entry<String, String> toast : toasts.subList(toastsSeen, toasts.size())) {
            if (!toast.getValue().isEmpty()) {
                out.println("u" + callbackUsers.getOrDefault(toast.getKey(), 0) + " toast: " + toast.getValue());
            }
        }
        toastsSeen = toasts.size();
        List<String> errors = server.errorResponses();
        errors.subList(errorsSeen, errors.size()).forEach(e -> out.println("!! Bot API error: " + e));
        errorsSeen = errors.size();
    }
}
