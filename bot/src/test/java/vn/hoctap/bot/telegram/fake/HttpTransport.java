package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the fake: a JDK HttpServer on a free loopback port that decodes Bot API
 * requests (JSON body, form body or query string) and writes {@link BotApi} responses back. A
 * cached thread pool lets long polls block without starving the bot's other calls.
 */
final class HttpTransport {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final BotApi api;
    private final HttpServer server;
    private final ExecutorService executor;

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs add ~40 ms to every response, which would make the fake (not the bot) the bottleneck.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    HttpTransport(BotApi api) throws IOException {
        this.api = api;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-telegram-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            BotApi.Response response;
            try {
                response = api.handle(exchange.getRequestURI().getPath(), readParams(exchange));
            } catch (ApiError error) {
                response = new BotApi.Response(error.code, error.toJson());
            }
            byte[] body = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Merges query string and body (JSON or form-encoded) into one JSON object of parameters. */
    private static JsonNode readParams(HttpExchange exchange) throws IOException {
        ObjectNode params = Json.object();
        addForm(params, exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (body.isEmpty()) {
            return params;
        }
        if (contentType.contains("json") || body.startsWith("{")) {
            JsonNode json = Json.read(body);
            if (!json.isObject()) {
                throw ApiError.badRequest("request body must be a JSON object");
            }
            params.setAll((ObjectNode) json);
        } else if (contentType.contains("multipart")) {
            throw ApiError.badRequest("multipart requests (file uploads) are not supported by the fake server");
        } else {
            addForm(params, body);
        }
        return params;
    }

    private static void addForm(ObjectNode params, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }
}
