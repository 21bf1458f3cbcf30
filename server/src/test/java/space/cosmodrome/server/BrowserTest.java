package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), with every
 * host but loopback unresolvable so that the page must work with no network: fly a launch and check the ascent
 * is on the globe, run a mission and check its ground track and charts are there, load a catalog on the tracking page
 * and check its satellites are on the globe, pick an observer on the globe, list its passes and show one, screen it for
 * close approaches; screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static CosmodromeServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)");
        server = CosmodromeServer.create(ServerConfig.defaults(0)).start();
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
                "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--ignore-gpu-blocklist",
                // no network: every name but the loopback address fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void launchDrawsTheAscentOnTheGlobe() throws IOException {
        browser.get(base);
        waitFor("document.body.dataset.ready === 'true'", 60);
        browser.findElement(By.id("run-launch")).click();
        waitFor("document.body.dataset.ascent === 'ready' || document.body.dataset.ascent === 'error'", 120);
        assertThat(js("return document.body.dataset.ascent")).as(String.valueOf(js("return document.getElementById('launch-result').innerText"))).isEqualTo("ready");
        assertThat(js("return cosmodrome.viewer.dataSources.contains(cosmodrome.ascent) "
                + "&& cosmodrome.ascent.entities.getById('ascent') !== undefined")).isEqualTo(true);
        Object samples = js("var p = cosmodrome.ascent.entities.getById('ascent').position;"
                + "return p._property ? p._property._times.length : (p._times ? p._times.length : -1);");
        assertThat(((Number) samples).intValue()).isGreaterThan(10);
        assertThat(browser.findElement(By.id("launch-result")).getText()).contains("kg", "liftoff");
        // the windows list, then the globe once its imagery tiles are in
        browser.findElement(By.id("run-windows")).click();
        waitFor("document.querySelectorAll('#windows-result tr.pick, #windows-result .error').length > 0", 180);
        assertThat(browser.findElements(By.cssSelector("#windows-result tr.pick"))).as(browser.findElement(By.id("windows-result")).getText())
                .isNotEmpty();
        waitFor("cosmodrome.viewer.scene.globe.tilesLoaded", 60);
        sleep(2500);
        screenshot("launch.png");
        assertThat(severeErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void missionDrawsTheGroundTrack() throws IOException {
        browser.findElement(By.cssSelector("button.tab[data-page='mission']")).click();
        waitFor("document.getElementById('mission-yaml').value.length > 100", 30);
        browser.findElement(By.id("run-plan")).click();
        waitFor("document.body.dataset.plan === 'ready' || document.body.dataset.plan === 'error'", 240);
        assertThat(js("return document.body.dataset.plan")).as(String.valueOf(js("return document.getElementById('plan-result').innerText"))).isEqualTo("ready");
        Object lines = js("return cosmodrome.track.entities.values.filter(function (e) { return e.polyline; }).length");
        Object points = js("return cosmodrome.track.entities.values.filter(function (e) { return e.point; }).length");
        assertThat(((Number) lines).intValue()).isGreaterThan(0);
        assertThat(((Number) points).intValue()).isEqualTo(4);
        assertThat(browser.findElement(By.id("plan-result")).getText()).contains("contacts", "ground-track.geojson", "report.html");
        // the charts: access and contact timelines, eclipse per orbit, beta, lifetime
        waitFor("document.querySelectorAll('#plan-charts svg').length >= 4", 30);
        assertThat(browser.findElement(By.id("plan-charts")).getText()).contains("Target access", "contacts", "Eclipse per orbit", "Lifetime");
        assertThat(((Number) js("return document.querySelectorAll('#plan-charts rect.interval').length")).intValue()).isGreaterThan(0);
        assertThat(((Number) js("return document.querySelectorAll('#plan-charts rect.bar').length")).intValue()).isGreaterThan(0);
        assertThat(((Number) js("return document.querySelectorAll('#plan-charts polyline.series').length")).intValue()).isGreaterThanOrEqualTo(2);
        waitFor("cosmodrome.viewer.scene.globe.tilesLoaded", 60);
        sleep(2500);
        screenshot("mission.png");
        // the side panel scrolled down to the charts (the page itself does not move)
        js("var a = document.querySelector('aside'); a.scrollTop = document.getElementById('plan-charts').offsetTop - a.offsetTop - 8;");
        screenshot("mission-charts.png");
        js("document.querySelector('aside').scrollTop = 0;");
        assertThat(severeErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void trackingShowsTheSatellitesAnObserverAndItsPasses() throws IOException {
        browser.findElement(By.cssSelector("button.tab[data-page='tracking']")).click();
        waitFor("document.body.dataset.catalogs === 'true'", 120);
        assertThat(js("return document.getElementById('tle-catalog').value")).isEqualTo("celestrak_stations_2026-05-30");
        browser.findElement(By.id("load-catalog")).click();
        waitFor("document.body.dataset.tracking === 'ready' || document.body.dataset.tracking === 'error'", 120);
        assertThat(js("return document.body.dataset.tracking")).as(browser.findElement(By.id("tracking-result")).getText()).isEqualTo("ready");
        // the 25 objects of data/tle/celestrak_stations_2026-05-30.tle, each with its sampled positions
        assertThat(js("return cosmodrome.viewer.dataSources.contains(cosmodrome.tracking)")).isEqualTo(true);
        assertThat(((Number) js("return cosmodrome.tracking.entities.values.length")).intValue()).isEqualTo(25);
        assertThat(js("return cosmodrome.tracking.entities.getById('sat-25544').position.getValue(cosmodrome.viewer.clock.currentTime) !== undefined"))
                .isEqualTo(true);

        // a click in the middle of the globe places the observer there
        String before = (String) js("return document.querySelector('#observer-form [name=lat]').value");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#globe canvas"))).click().perform();
        waitFor("cosmodrome.observer && document.querySelector('#observer-form [name=lat]').value !== '" + before + "'", 90);
        // then typed: Sydney
        type("#observer-form [name=lat]", "-33.8688");
        type("#observer-form [name=lon]", "151.2093");
        browser.findElement(By.id("run-passes")).click();
        waitFor("document.body.dataset.passes === 'ready' || document.body.dataset.passes === 'error'", 120);
        assertThat(js("return document.body.dataset.passes")).as(browser.findElement(By.id("passes-result")).getText()).isEqualTo("ready");
        List<WebElement> rows = browser.findElements(By.cssSelector("#passes-result tr.pick"));
        assertThat(rows).isNotEmpty();
        assertThat(browser.findElement(By.id("passes-result")).getText()).contains("ISS (ZARYA)");
        rows.get(0).click();
        waitFor("document.body.dataset.pass === 'ready' || document.body.dataset.pass === 'error'", 60);
        assertThat(js("return document.body.dataset.pass")).as(browser.findElement(By.id("passes-result")).getText()).isEqualTo("ready");
        assertThat(((Number) js("return cosmodrome.passTrack.polyline.positions.getValue(cosmodrome.viewer.clock.currentTime).length")).intValue())
                .isGreaterThan(10);
        assertThat(js("return cosmodrome.viewer.entities.getById('observer') !== undefined")).isEqualTo(true);
        waitFor("cosmodrome.viewer.scene.globe.tilesLoaded", 60);
        sleep(2500);
        screenshot("tracking.png");
        // the same catalog screened for close approaches, as a job: its table links the CDM files
        browser.findElement(By.id("run-screen")).click();
        waitFor("document.body.dataset.screen === 'ready' || document.body.dataset.screen === 'error'", 180);
        assertThat(js("return document.body.dataset.screen")).as(browser.findElement(By.id("screen-result")).getText()).isEqualTo("ready");
        assertThat(browser.findElements(By.cssSelector("#screen-result tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#screen-result a[href$='.cdm']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("screen-result")).getText()).contains("screen.json", "conjunctions.csv");
        assertThat(severeErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void apiPageListsTheEndpoints() throws IOException {
        browser.get(base + "api.html");
        waitFor("document.querySelectorAll('.op').length > 5", 30);
        assertThat(browser.findElement(By.id("ops")).getText()).contains("/api/launch", "/api/plan", "/api/jobs/{id}", "/api/passes",
                "/api/propagate", "/api/where", "/api/screen", "/api/catalogs");
        screenshot("api.png");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void waitFor(String condition, int seconds) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("try { return !!(" + condition + "); } catch (e) { return false; }")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + condition + "; page: " + js("return document.querySelector('aside').innerText")
                    + "; console: " + browser.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
    }

    private void type(String css, String text) {
        WebElement input = browser.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }

    /** A screenshot of the window. */
    private static void screenshot(String name) throws IOException {
        still(name, () -> ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE));
    }

    /**
     * Takes a picture with the globe held still (Cesium renders on request only), so that the software renderer is
     * free to compose it; tried again when it is too busy to answer (a loaded machine).
     */
    private static void still(String name, java.util.function.Supplier<File> take) throws IOException {
        ((JavascriptExecutor) browser).executeScript("if (window.cosmodrome) { var v = cosmodrome.viewer;"
                + " v.clock.shouldAnimate = false; v.scene.requestRenderMode = true; v.scene.requestRender(); }");
        sleep(1000);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    Files.copy(take.get().toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    return;
                } catch (org.openqa.selenium.TimeoutException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    sleep(2000);
                }
            }
        } finally {
            ((JavascriptExecutor) browser).executeScript("if (window.cosmodrome) { var v = cosmodrome.viewer;"
                    + " v.scene.requestRenderMode = false; v.clock.shouldAnimate = true; }");
        }
    }

    /** Console errors, except the favicon nobody asked for. */
    private static List<String> severeErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel() == Level.SEVERE)
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon")).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
