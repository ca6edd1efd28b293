package vn.hoctap.bot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/** A real Redis started by the app when none is configured, bound to loopback, persisting to its directory. */
final class EmbeddedRedisServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);

    private final RedisServer server;
    private final int port;

    EmbeddedRedisServer(Path directory) {
        try {
            Files.createDirectories(directory);
            port = freePort();
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + directory.toAbsolutePath())
                    .setting("appendonly yes")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis in " + directory.toAbsolutePath(), e);
        }
        log.info("No Redis configured: started embedded Redis on 127.0.0.1:{} with data in {}", port, directory.toAbsolutePath());
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
