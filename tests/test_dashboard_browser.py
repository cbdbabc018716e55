"""The dashboard in real headless Chromium: `basewatch dashboard` as a subprocess, the browser kept offline."""

from __future__ import annotations

import base64
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from test_dashboard_data import AIN_AL_ASAD, ARABIC_EVIDENCE, HOSTILE_ACTOR, seed

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
    reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
           "run .ci/install-browser.sh",
)


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    """`basewatch dashboard --port 0` on 127.0.0.1 over the seeded database; yields its base URL."""
    url = seed(tmp_path_factory.mktemp("browser") / "seed.db")
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "--database", url, "dashboard", "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    base = None
    seen = []
    try:
        while base is None:
            line = lines.get(timeout=60)
            seen.append(line)
            match = re.search(r"basewatch dashboard on (http://127\.0\.0\.1:\d+/)", line)
            base = match.group(1) if match else None
    except queue.Empty:
        proc.kill()
        pytest.fail("dashboard did not announce its address:\n" + "".join(seen))
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1400,1100", "--lang=en-US",
                 # Offline: no name resolves and every proxied request is refused; loopback is never proxied.
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                 "--proxy-server=http://127.0.0.1:9"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def no_alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def script_errors(driver) -> list[str]:
    """Console errors other than the map tiles that cannot load offline."""
    return [e["message"] for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and "tile.openstreetmap.org" not in e["message"]]


def save_screenshot(driver, tmp_path: Path, name: str) -> Path:
    """The whole page (not just the window) to tmp_path, and to $BASEWATCH_SCREENSHOTS when set."""
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path = tmp_path / name
    path.write_bytes(base64.b64decode(shot["data"]))
    extra = os.environ.get("BASEWATCH_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / name)
    return path


def test_incidents_table_map_and_chart_render(dashboard, browser, tmp_path):
    browser.get(dashboard)
    wait_for(browser, lambda d: css(d, "#map[data-markers]"))
    assert len(css(browser, "#incidents tbody tr[id^=incident-]")) == 4
    assert len(css(browser, "#map path.leaflet-interactive")) == 3  # Deir ez-Zor has no coordinates
    assert len(css(browser, "#chart rect.bar")) == 4
    # Tiles cannot load here: the page says so and draws country outlines under the markers.
    wait_for(browser, lambda d: d.find_element("id", "map-note").is_displayed())
    assert "could not load" in browser.find_element("id", "map-note").text
    wait_for(browser, lambda d: css(d, "#map[data-outline-loaded=yes]"))
    assert no_alert(browser)
    assert not css(browser, "img[src=x]")
    assert HOSTILE_ACTOR in browser.find_element("id", "incidents").text
    assert script_errors(browser) == []
    shot = save_screenshot(browser, tmp_path, "dashboard-incidents.png")
    assert shot.stat().st_size > 10_000


def test_marker_popup_lists_incidents_as_text(dashboard, browser):
    browser.get(dashboard + "?base=iq-ain-al-asad")
    wait_for(browser, lambda d: css(d, "#map path.leaflet-interactive"))
    css(browser, "#map path.leaflet-interactive")[0].click()
    # The popup's element exists before Leaflet has faded it in; its text reads empty until then.
    popup = wait_for(browser, lambda d: [e for e in css(d, ".leaflet-popup-content") if e.text])[0]
    assert "Ain al-Asad Air Base" in popup.text and HOSTILE_ACTOR in popup.text
    assert not css(browser, ".leaflet-popup-content img")
    link = css(browser, ".leaflet-popup-content a")[0]
    assert re.search(r"/incidents/\d+$", link.get_attribute("href"))
    assert no_alert(browser)


def test_country_filter_narrows_table_and_map(dashboard, browser):
    from selenium.webdriver.support.ui import Select

    browser.get(dashboard)
    wait_for(browser, lambda d: css(d, "#map[data-markers]"))
    Select(browser.find_element("id", "filter-country")).select_by_visible_text("Jordan")
    browser.find_element("id", "apply").click()
    wait_for(browser, lambda d: "country=JO" in d.current_url and css(d, "#map[data-markers]"))
    rows = css(browser, "#incidents tbody tr[id^=incident-]")
    assert len(rows) == 1 and "Tower 22" in rows[0].text
    assert len(css(browser, "#map path.leaflet-interactive")) == 1
    assert browser.find_element("id", "incident-count").text == "1"
    browser.find_element("id", "clear").click()
    wait_for(browser, lambda d: len(css(d, "#incidents tbody tr[id^=incident-]")) == 4)


def test_incident_page_shows_reports_timeline_and_rtl_evidence(dashboard, browser, tmp_path):
    browser.get(dashboard)
    wait_for(browser, lambda d: css(d, "#incidents"))
    css(browser, "#incidents tr[data-base=iq-ain-al-asad] a")[0].click()
    wait_for(browser, lambda d: css(d, "#incident-title"))
    assert browser.find_element("id", "incident-title").text == "Drone attack on Ain al-Asad Air Base (Iraq)"
    evidence = css(browser, "blockquote.evidence")
    assert len(evidence) == 2
    arabic = next(e for e in evidence if e.text == ARABIC_EVIDENCE)
    english = next(e for e in evidence if e.text != ARABIC_EVIDENCE)
    assert arabic.value_of_css_property("direction") == "rtl"
    assert english.value_of_css_property("direction") == "ltr"
    assert "<b>Ain al-Asad</b>" in english.text  # shown as text, not bold markup
    assert len(css(browser, "#timeline li")) == 6
    assert len(css(browser, "#sources a[href^='https://']")) == 2
    wait_for(browser, lambda d: css(d, "#map path.leaflet-interactive"))
    lat, lon = browser.execute_script(
        "var p = JSON.parse(document.getElementById('map-data').textContent)[0]; return [p.lat, p.lon];")
    assert (lat, lon) == AIN_AL_ASAD
    assert no_alert(browser) and script_errors(browser) == []
    save_screenshot(browser, tmp_path, "dashboard-incident.png")


def test_sources_page_shows_health(dashboard, browser, tmp_path):
    browser.get(dashboard + "sources")
    rows = wait_for(browser, lambda d: css(d, "#source-table tbody tr"))
    assert [r.get_attribute("class") for r in rows] == ["state-ok", "state-ok", "state-failing"]
    assert "Gulf Wire <i>Desk</i>" in rows[0].text
    save_screenshot(browser, tmp_path, "dashboard-sources.png")
