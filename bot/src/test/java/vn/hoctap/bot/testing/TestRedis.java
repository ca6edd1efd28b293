package vn.hoctap.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * The Redis the tests use: {@code HOCTAP_TEST_REDIS_URL} (CI points it at the machine's Redis) or
 * one embedded server for the whole test JVM. Tests isolate themselves with a key prefix.
 */
public final class TestRedis {

    private static volatile String url;

    private TestRedis() {
    }

    public static String url() {
        if (url == null) {
            synchronized (TestRedis.class) {
                if (url == null) {
                    String configured = System.getenv("HOCTAP_TEST_REDIS_URL");
                    url = configured != null && !configured.isBlank() ? configured : startEmbedded();
                }
            }
        }
        return url;
    }

    private static String startEmbedded() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // JVM exit: the process dies with us either way
                }
            }));
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis for tests", e);
        }
    }
}
