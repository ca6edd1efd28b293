package vn.hoctap.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a report workbook the way it prints: LibreOffice headless to PDF, then pdftoppm to PNG, kept
 * in {@code bot/target/screenshots/} for a person to look at. Skipped with a message when LibreOffice
 * or poppler is not installed ({@code apt-get install libreoffice-calc poppler-utils}).
 */
final class ReportRendering {

    private static final Logger log = LoggerFactory.getLogger(ReportRendering.class);

    private ReportRendering() {
    }

    static void toPng(byte[] xlsx, String name) throws IOException, InterruptedException {
        String office = which("libreoffice", "soffice");
        String pdftoppm = which("pdftoppm");
        if (office == null || pdftoppm == null) {
            log.warn("LibreOffice or pdftoppm not installed: report {} not rendered to PNG (apt-get install libreoffice-calc poppler-utils)", name);
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path work = Files.createTempDirectory("report-render");
        Path file = work.resolve(name + ".xlsx");
        Files.write(file, xlsx);
        run(List.of(office, "-env:UserInstallation=file://" + work.resolve("profile").toAbsolutePath(), "--headless", "--convert-to", "pdf",
                "--outdir", work.toString(), file.toString()));
        Path pdf = work.resolve(name + ".pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice produced no PDF for " + name);
        }
        Files.copy(pdf, dir.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        run(List.of(pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), dir.resolve(name).toString()));
        if (!Files.exists(dir.resolve(name + ".png"))) {
            throw new AssertionError("pdftoppm produced no PNG for " + name);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
    }

    private static String which(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            for (String n : names) {
                if (Files.isExecutable(Path.of(dir, n))) {
                    return Path.of(dir, n).toString();
                }
            }
        }
        return null;
    }
}
