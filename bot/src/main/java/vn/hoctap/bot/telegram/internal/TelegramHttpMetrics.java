package vn.hoctap.bot.telegram.internal;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Every HTTP answer from the Bot API by method and status, so the 429s a reply waits out inside
 * the gateway (and any 5xx) show in the metrics too: {@code hoctap.telegram.responses}.
 */
final class TelegramHttpMetrics implements Interceptor {

    private final MeterRegistry registry;
    /** Counters by "method status", found once: a registry lookup builds and sorts tags each time. */
    private final java.util.Map<String, io.micrometer.core.instrument.Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();

    TelegramHttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String path = chain.request().url().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        String tagged = method.length() > 40 ? "other" : method;
        int status = response.code();
        counters.computeIfAbsent(tagged + " " + status, k -> registry.counter("hoctap.telegram.responses", "method", tagged,
                "status", Integer.toString(status))).increment();
        return response;
    }
}
