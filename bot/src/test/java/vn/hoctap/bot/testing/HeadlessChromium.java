package vn.hoctap.bot.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver driven by Selenium, headless, with a private profile and
 * download folder. Nothing is downloaded at run time (no Selenium Manager): the two binaries
 * must be installed ({@code .ci/run} installs them). Without them the browser tests are skipped,
 * unless {@code HOCTAP_REQUIRE_BROWSER=true} (set by CI), which makes their absence a failure.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File(System.getenv().getOrDefault("HOCTAP_CHROMIUM", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getenv().getOrDefault("HOCTAP_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path downloads;
    private final Path profile;

    private HeadlessChromium() throws IOException {
        downloads = Files.createTempDirectory("hoctap-downloads");
        profile = Files.createTempDirectory("hoctap-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    public static HeadlessChromium start() throws IOException {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && !"true".equals(System.getenv("HOCTAP_REQUIRE_BROWSER"))) {
            Assumptions.abort("Chromium/ChromeDriver not installed (apt-get install chromium chromium-driver); browser tests skipped");
        }
        return new HeadlessChromium();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Saves a screenshot as {@code target/screenshots/NAME.png}, kept as test output. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
