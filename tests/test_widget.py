"""The patient widget in headless Chromium (Debian's package), served by nginx as `make run` does,
talking to a real Rasa server through the page's own origin."""

from __future__ import annotations

import re
import signal
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import ROOT, Nginx, RasaServer, free_port, patient_site, text_of

pytestmark = pytest.mark.browser

AXE = ROOT / "widget" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "tests" / "out" / "screenshots"
PHONE = {"width": 375, "height": 740}
SMALLEST = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}


class Site(tuple):
    """(url, rasa server), plus the nginx process and its config for outage tests."""

    def __new__(cls, url: str, rasa: RasaServer, nginx: tuple) -> Site:
        site = super().__new__(cls, (url, rasa))
        site.nginx = nginx
        return site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    workdir = tmp_path_factory.mktemp("site")
    with patient_site(workdir) as (url, rasa, nginx):
        yield Site(url, rasa, (nginx, workdir / "nginx" / "nginx.conf"))


def open_chat(browser: Browser, url: str, viewport: dict = PHONE, **options) -> Page:
    page = browser.new_context(viewport=viewport, **options).new_page()
    page.goto(url)
    expect(page.get_by_label("Your message")).to_be_visible()
    return page


def send(page: Page, text: str) -> None:
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")


def test_an_urgent_message_shows_the_urgent_card(site, browser):
    url, _ = site
    page = open_chat(browser, url)
    send(page, "my husband is not breathing")
    card = page.locator(".soma-card--emergency[role=alert]")
    expect(card).to_contain_text(text_of("utter_emergency"))
    send(page, "ok calling 911 now")  # the emergency closed: the next warning sign gets the stop card
    send(page, "and I'm shaking")
    expect(page.locator(".soma-card--stop[role=alert]")).to_contain_text(
        text_of("utter_stop_and_contact_doctor", reported_symptoms="tremors (shaking)")
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "phone-375-urgent.png"), full_page=True)
    page.set_viewport_size(SMALLEST)
    page.screenshot(path=str(SCREENSHOTS / "phone-320-urgent.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALLEST["width"]


def test_a_general_question_gets_its_answer_on_the_desktop(site, browser):
    url, _ = site
    page = open_chat(browser, url, viewport=DESKTOP)
    send(page, "can I drive after taking it?")
    expect(page.locator(".soma-msg--bot").first).to_contain_text(text_of("utter_driving"))
    expect(page.locator(".soma-card")).to_have_count(0)
    page.screenshot(path=str(SCREENSHOTS / "desktop-1280-general.png"), full_page=True)


def test_keyboard_only_quick_reply_and_rasa_buttons(site, browser):
    url, _ = site
    page = open_chat(browser, url)
    page.get_by_role("button", name="Alcohol").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".soma-msg--bot").first).to_contain_text(text_of("utter_alcohol"))
    send(page, "hello")
    # the greeting's Rasa buttons are real buttons; pressing one sends its title
    greeting = page.locator(".soma-msg--bot").filter(has_text="Hello!")
    greeting.get_by_role("button", name="How to take it").press("Enter")
    expect(page.locator(".soma-msg--bot").last).to_contain_text(text_of("utter_how_to_take"))


def test_a_reload_keeps_the_conversation_and_start_over_ends_it(site, browser):
    url, rasa = site
    page = open_chat(browser, url)
    send(page, "I have diarrhoea")
    expect(page.locator(".soma-card--stop")).to_have_count(1)
    page.reload()
    expect(page.locator(".soma-card--stop")).to_have_count(1)
    send(page, "thanks")
    # the same conversation on the server: no first-turn disclaimer this time
    expect(page.locator(".soma-msg--bot").last).to_have_text("Assistant: " + text_of("utter_you_are_welcome"))
    page.get_by_role("button", name="Start over").click()
    expect(page.locator(".soma-log > *")).to_have_count(0)
    send(page, "thanks")
    expect(page.locator(".soma-msg--bot").last).to_contain_text(text_of("utter_disclaimer"))


def test_the_length_limit_is_visible_and_matches_the_server(site, browser):
    url, _ = site
    page = open_chat(browser, url)
    box = page.get_by_label("Your message")
    assert box.get_attribute("maxlength") == "2000"
    box.fill("x" * 2500)
    expect(page.locator("#soma-count")).to_have_text("2000 of 2000 characters")


def point_nginx_at(site_nginx: tuple, port: int) -> None:
    """Rewrite the page's proxy target and reload nginx (SIGHUP), as an operator would."""
    process, conf = site_nginx
    conf.write_text(
        re.sub(r"proxy_pass http://127.0.0.1:\d+;", f"proxy_pass http://127.0.0.1:{port};", conf.read_text())
    )
    process.send_signal(signal.SIGHUP)
    time.sleep(1)


def test_an_unreachable_server_gets_a_message_and_a_retry(site, browser):
    """Rasa is down behind the page (nginx answers 502), then comes back: nothing typed is lost."""
    url, rasa = site
    point_nginx_at(site.nginx, free_port())
    try:
        page = browser.new_context(viewport=PHONE).new_page()
        page.goto(url)
        problem = page.locator(".soma-problem[role=alert]")
        expect(problem).to_contain_text("Can't reach the assistant")
        send(page, "I am vomiting")
        expect(page.get_by_label("Your message")).to_have_value("I am vomiting")
        problem.get_by_role("button", name="Try again").click()  # still down: the message comes back
        expect(problem).to_contain_text("Can't reach the assistant")
    finally:
        point_nginx_at(site.nginx, rasa.port)
    expect(problem).to_be_hidden(timeout=20_000)  # socket.io reconnects by itself once Rasa is back
    page.get_by_label("Your message").press("Enter")
    expect(page.locator(".soma-card--stop")).to_have_count(1)


OUTAGE_SIGNS = ["emergency number", "trouble breathing", "seizure", "swelling", "tremors", "hallucinations"]

# counts every change to the alert from the moment it is installed (what a screen reader would re-read)
WATCH_ALERT = """() => {
  window.alertChanges = 0;
  new MutationObserver((records) => { window.alertChanges += records.length; })
    .observe(document.querySelector('.soma-problem'),
             {subtree: true, childList: true, characterData: true, attributes: true});
}"""


def test_when_the_assistant_cant_be_reached_the_alert_names_the_signs_that_need_help_now(site, browser):
    url, rasa = site
    point_nginx_at(site.nginx, free_port())
    try:
        page = browser.new_context(viewport=PHONE, bypass_csp=True).new_page()  # bypass: for axe only
        page.goto(url)
        send(page, "he is not breathing")  # no emergency card can come: the alert must say it
        problem = page.locator(".soma-problem[role=alert]")
        expect(problem).to_contain_text("Can't reach the assistant")
        for sign in OUTAGE_SIGNS:
            expect(problem).to_contain_text(sign)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "phone-375-outage.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
        assert [(v["id"], v["impact"]) for v in result["violations"] if v["impact"] in ("serious", "critical")] == []
    finally:
        point_nginx_at(site.nginx, rasa.port)


def test_during_an_outage_try_again_keeps_focus_and_the_alert_is_announced_once(site, browser):
    """Each automatic reconnection attempt used to rebuild the alert: focus on "Try again" fell to
    the page, and a screen reader heard the alert again and again."""
    url, rasa = site
    point_nginx_at(site.nginx, free_port())
    try:
        page = browser.new_context(viewport=PHONE).new_page()
        attempts = []
        page.on("websocket", lambda ws: attempts.append(ws.url))
        page.goto(url)
        problem = page.locator(".soma-problem[role=alert]")
        expect(problem).to_contain_text("Can't reach the assistant")
        retry = problem.get_by_role("button", name="Try again")
        retry.focus()
        page.evaluate(WATCH_ALERT)
        seen = len(attempts)
        deadline = time.monotonic() + 30
        while len(attempts) < seen + 3 and time.monotonic() < deadline:  # three more attempts
            page.wait_for_timeout(250)
        assert len(attempts) >= seen + 3
        page.keyboard.press("Enter")  # Try again, by keyboard, still down
        page.wait_for_timeout(1500)
        assert page.evaluate("document.activeElement.textContent") == "Try again"
        assert page.evaluate("window.alertChanges") == 0
        expect(problem).to_contain_text("Can't reach the assistant")
    finally:
        point_nginx_at(site.nginx, rasa.port)
    expect(problem).to_be_hidden(timeout=20_000)
    expect(page.get_by_label("Your message")).to_be_focused()  # "Try again" is gone: back to typing


def test_a_chat_closed_for_being_idle_reconnects_when_the_patient_writes(browser, tmp_path):
    """The server closes a chat left idle (channels/socketio.py); the patient's next message
    reconnects, in the same conversation, without an outage message."""
    port = free_port()
    rasa = RasaServer(
        tmp_path, action_port=free_port(), origins=[f"http://127.0.0.1:{port}"], socketio_options={"idle_seconds": 3}
    )
    rasa.start()
    nginx = Nginx(tmp_path, rasa.port, port=port)
    try:
        page = browser.new_context(viewport=PHONE).new_page()
        closed = []
        page.on("websocket", lambda ws: ws.on("close", lambda _: closed.append(ws.url)))
        page.goto(nginx.url)
        send(page, "hello")
        expect(page.locator(".soma-msg--bot").first).to_contain_text(text_of("utter_greet").split("!")[0])
        deadline = time.monotonic() + 20
        while not closed and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        assert closed
        send(page, "thanks")
        # the same conversation (no first-turn disclaimer), and no outage alert on the way
        expect(page.locator(".soma-msg--bot").last).to_have_text("Assistant: " + text_of("utter_you_are_welcome"))
        expect(page.locator(".soma-problem")).to_be_hidden()
        send(page, "I am vomiting")
        expect(page.locator(".soma-card--stop")).to_have_count(1)
    finally:
        nginx.stop()
        rasa.stop()


def test_no_request_leaves_the_machine(site, browser):
    url, _ = site
    page = browser.new_context(viewport=PHONE).new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    page.goto(url)
    send(page, "what is soma used for?")
    expect(page.locator(".soma-msg--bot").first).to_contain_text(text_of("utter_what_for"))
    assert hosts == {"127.0.0.1"}


def test_the_page_sends_a_strict_content_security_policy(site):
    url, _ = site
    with urllib.request.urlopen(url) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy and "https:" not in policy


def test_axe_core_finds_no_serious_or_critical_violation(site, browser):
    url, _ = site
    # axe is injected into the page, which the page's own policy would (rightly) refuse
    page = open_chat(browser, url, bypass_csp=True)
    send(page, "my wife is seeing things")
    expect(page.locator(".soma-card--stop")).to_have_count(1)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})"
    )
    serious = [(v["id"], v["impact"]) for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    (SCREENSHOTS / "axe-result.txt").write_text(
        f"violations: {[(v['id'], v['impact']) for v in result['violations']]}\npasses: {len(result['passes'])}\n"
    )


def test_reduced_motion_stops_the_typing_animation(site, browser):
    url, _ = site
    page = open_chat(browser, url, reduced_motion="reduce")
    page.evaluate("document.querySelector('.soma-typing').classList.add('soma-typing--on')")
    animation = page.evaluate("getComputedStyle(document.querySelector('.soma-typing'), '::after').animationName")
    assert animation == "none"


def test_screenshot_folder_is_named(site):
    # the closing note and the README point here; the tests above write into it
    assert Path(SCREENSHOTS).relative_to(ROOT).as_posix() == "tests/out/screenshots"
