package vn.hoctap.bot.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx as a child process, configured with the repo's deploy/nginx files: the location
 * rules included as they are, the upstream file with its two instance ports replaced by the test's.
 * Missing nginx skips the test, unless {@code HOCTAP_REQUIRE_NGINX=true} (set by .ci/run, which
 * installs it) makes that a failure.
 */
final class Nginx implements AutoCloseable {

    static final Path DEPLOY = Path.of("..", "deploy", "nginx").toAbsolutePath().normalize();

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static void requireOrSkip() {
        if (binary() == null) {
            if ("true".equalsIgnoreCase(System.getenv("HOCTAP_REQUIRE_NGINX"))) {
                throw new IllegalStateException("nginx is not installed (apt-get install nginx) and HOCTAP_REQUIRE_NGINX=true");
            }
            Assumptions.abort("nginx is not installed; set HOCTAP_REQUIRE_NGINX=true to make this a failure");
        }
    }

    static Nginx start(Path dir, int firstPort, int secondPort) throws Exception {
        Path prefix = Files.createDirectories(dir.toAbsolutePath());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String upstream = Files.readString(DEPLOY.resolve("hoctap-upstream.conf"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + firstPort).replace("127.0.0.1:8082", "127.0.0.1:" + secondPort);
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                    server {
                        listen 127.0.0.1:%3$d;
                        include %4$s;
                    }
                }
                """.formatted(prefix, upstream, port, DEPLOY.resolve("hoctap-locations.conf"));
        Path confFile = prefix.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Process p = new ProcessBuilder(List.of(binary(), "-p", prefix.toString(), "-e", prefix.resolve("error.log").toString(),
                "-c", confFile.toString())).redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(p, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
