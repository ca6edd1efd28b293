package vn.hoctap.bot.faults;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application jar running as a child process, as an operator runs it: started with its
 * settings as arguments, probed over HTTP until it serves, killed with SIGKILL or stopped with
 * SIGTERM. Its output goes to a log file under {@code target/fault-logs}.
 */
final class AppProcess {

    static final String ADMIN_TOKEN = "fault-admin-token";

    private final List<String> args;
    private final Path logDir;
    private final int port;
    private Process process;
    private int starts;

    AppProcess(List<String> settings, Path logDir) throws IOException {
        this.logDir = Files.createDirectories(logDir);
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        this.args = new ArrayList<>(settings);
        this.args.add("--server.port=" + port);
        this.args.add("--hoctap.admin.token=" + ADMIN_TOKEN);
    }

    static Path jar() {
        String configured = System.getProperty("hoctap.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target/hoctap-bot-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the application jar is missing (" + jar.toAbsolutePath() + "): run mvn package first");
        }
        return jar;
    }

    int port() {
        return port;
    }

    /** Starts the jar and waits until it answers HTTP. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toAbsolutePath().toString()));
        command.addAll(args);
        File log = logDir.resolve("app-" + (++starts) + ".log").toFile();
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited at start-up; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not start within 180 s; see " + log);
    }

    /** kill -9: no shutdown hook, no lifecycle, exactly a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd or an orchestrator stops it; returns how long the graceful stop took. */
    Duration terminate() throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the app did not stop within 60 s of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
