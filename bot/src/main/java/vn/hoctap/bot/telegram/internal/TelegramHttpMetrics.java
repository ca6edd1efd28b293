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

    TelegramHttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String path = chain.request().url().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        registry.counter("hoctap.telegram.responses", "method", method.length() > 40 ? "other" : method,
                "status", Integer.toString(response.code())).increment();
        return response;
    }
}
