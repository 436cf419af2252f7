"""A real browser (Debian's headless Chromium, driven by Selenium through the system
chromedriver) uses the site as a person would: search "Czech Republic" and open Czechia; follow
Kenya's sponsorship to its document and to the paragraph it comes from; run a saved query from
its form; run an example on the query page; open the co-sponsorship chart and export its SVG.
No console errors anywhere; screenshots under ``.cache/test-artefacts/browser/``."""

from __future__ import annotations

import json
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from webclient import ARTEFACTS, fetch

pytestmark = [pytest.mark.server, pytest.mark.slow]


def wait(driver: webdriver.Chrome, seconds: float = 30) -> WebDriverWait:  # type: ignore[type-arg]
    return WebDriverWait(driver, seconds)


def no_console_errors(driver: webdriver.Chrome, where: str) -> None:
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], f"console errors on {where}: {errors}"


def shot(driver: webdriver.Chrome, name: str) -> None:
    driver.save_screenshot(str(ARTEFACTS / f"{name}.png"))


def test_search_entity_sponsorship_document_paragraph(browser: webdriver.Chrome, web: str) -> None:
    browser.get(f"{web}/")
    shot(browser, "01-home")
    box = browser.find_element(By.ID, "home-search")
    box.send_keys("Czech Republic")
    box.submit()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.hits li a")))
    first = browser.find_element(By.CSS_SELECTOR, "ol.hits li a")
    assert first.text == "Czechia"
    shot(browser, "02-search-czech-republic")
    first.click()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Czechia"))
    assert "Czech Republic" in browser.find_element(By.CSS_SELECTOR, "p.alt").text
    shot(browser, "03-czechia")
    no_console_errors(browser, "search and Czechia")

    browser.get(f"{web}/search?q=Kenya")
    browser.find_element(By.LINK_TEXT, "Kenya").click()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Kenya"))
    shot(browser, "04-kenya")
    browser.find_element(By.LINK_TEXT, "Sponsorship of E/CN.15/2022/L.2 by Kenya").click()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Sponsorship of E/CN.15/2022/L.2"))
    shot(browser, "05-sponsorship")
    browser.find_element(By.CSS_SELECTOR, "section.facts a[href='/id/document/E_CN.15_2022_L.2']").click()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "E/CN.15/2022/L.2"))
    shot(browser, "06-document")
    browser.back()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Sponsorship of"))
    browser.find_element(By.CSS_SELECTOR, "section.sources a.passage").click()
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "E/2022/30, para. 84"))
    part_of = browser.find_element(By.CSS_SELECTOR, "section.facts a[href='/id/document/E_2022_30']")
    assert part_of.text == "E/2022/30"  # the paragraph's document
    shot(browser, "07-paragraph")
    no_console_errors(browser, "Kenya → sponsorship → document → paragraph")


def test_saved_query_form(browser: webdriver.Chrome, web: str) -> None:
    browser.get(f"{web}/queries/sponsors-of-document")
    field = browser.find_element(By.ID, "param-document")
    field.clear()
    field.send_keys("E/CN.15/2022/L.4/Rev.1")
    browser.find_element(By.ID, "run-query").click()
    wait(browser).until(EC.url_contains("document=E%2FCN.15%2F2022%2FL.4%2FRev.1"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.results tbody tr")
    expected = json.loads(fetch(f"{web}/queries/sponsors-of-document.json?"
                                + urllib.parse.urlencode({"document": "E/CN.15/2022/L.4/Rev.1"})).body)
    assert len(rows) == len(expected["results"]["bindings"]) > 10
    assert "France" in browser.find_element(By.CSS_SELECTOR, "table.results").text
    shot(browser, "08-saved-query")
    no_console_errors(browser, "the saved query form")


def test_query_page_runs_an_example(browser: webdriver.Chrome, web: str) -> None:
    browser.get(f"{web}/sparql-editor")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    browser.find_element(By.CSS_SELECTOR, "button.example[data-example]").click()  # the first example
    wait(browser, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".yasr table tbody tr")))
    cells = browser.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr")
    assert len(cells) >= 1
    shot(browser, "09-query-page")
    no_console_errors(browser, "the query page")
    # a result IRI of the graph opens this server's page for it
    link = browser.find_element(By.CSS_SELECTOR, ".yasr table tbody a[href^='https://w3id.org/ccpcj-kg/id/']")
    path = link.get_attribute("href").removeprefix("https://w3id.org/ccpcj-kg/id/")  # type: ignore[union-attr]
    browser.execute_script("arguments[0].click();", link)  # YASR overlays its cells with a span
    wait(browser).until(EC.url_to_be(f"{web}/id/{path}"))
    assert browser.find_element(By.TAG_NAME, "h1").text
    no_console_errors(browser, "a result link")


def test_cosponsorship_chart(browser: webdriver.Chrome, web: str) -> None:
    browser.get(f"{web}/charts/cosponsorship?session=31")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#chart[data-drawn='true'] svg")))
    data = json.loads(fetch(f"{web}/charts/cosponsorship.json?session=31").body)
    circles = browser.find_elements(By.CSS_SELECTOR, "#chart svg g.nodes circle")
    lines = browser.find_elements(By.CSS_SELECTOR, "#chart svg g.edges line")
    assert len(circles) == len(data["nodes"]) and len(lines) == len(data["edges"])
    labels = {a.get_attribute("data-label") for a in browser.find_elements(By.CSS_SELECTOR, "#chart svg a.node")}
    assert "Kenya" in labels
    svg = browser.find_element(By.CSS_SELECTOR, "#chart svg").get_attribute("outerHTML")
    assert svg is not None
    (ARTEFACTS / "cosponsorship-31.svg").write_text(svg, encoding="utf-8")
    root = ET.fromstring(svg)  # the export is well-formed SVG
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    browser.find_element(By.ID, "download-svg").click()
    shot(browser, "10-cosponsorship-chart")
    for kind in ("timeline", "statements?session=31"):
        browser.get(f"{web}/charts/{kind}")
        wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#chart[data-drawn='true'] svg")))
        shot(browser, f"11-{kind.split('?')[0]}-chart")
    no_console_errors(browser, "the charts")
