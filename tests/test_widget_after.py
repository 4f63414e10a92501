"""After the warning, in headless Chromium: the summary card (Copy, Print), the emergency card's
one-tap calls, and the chat button (data-mode="launcher") on the example pages. The site is served
by nginx as `make run` serves it, in front of a real Rasa server and action server."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import action_server, patient_site, text_of
from tests.test_widget import AXE, PHONE, SCREENSHOTS, open_chat, send

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
AXE_RULES = "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}"
SUMMARY_BUTTON = "Summary for my doctor"
LAUNCHER = "Chat about Soma side effects"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    with patient_site(tmp_path_factory.mktemp("site-after")) as (url, rasa, _):
        with action_server(rasa.action_port):
            yield url


def axe_violations(page: Page) -> list:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(f"axe.run(document, {AXE_RULES})")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def phone(browser: Browser, url: str, locale: str = "en-GB", **options) -> Page:
    return open_chat(
        browser, url, viewport=PHONE, locale=locale, is_mobile=True, has_touch=True, bypass_csp=True, **options
    )


# ------------------------------------------------------------------------ the summary card
def test_the_summary_card_after_an_urgent_reply_copies_and_prints_only_the_summary(site, browser):
    page = phone(browser, site, timezone_id="Europe/London")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
    send(page, "my husband is sweating and shaking, no fever")
    stop = page.locator(".soma-card--stop[role=alert]")
    expect(stop).to_have_count(1)
    stop.get_by_role("button", name=SUMMARY_BUTTON).press("Enter")  # keyboard, as the patient would
    card = page.get_by_role("region", name="Summary for your doctor")
    expect(card).to_be_visible()
    summary = card.locator("pre").inner_text()
    for line in (
        "SUMMARY FOR THE DOCTOR",
        "Medicine: Soma (carisoprodol)",
        'About: someone the patient looks after ("my husband")',
        'sweating, leaflet warning sign: "sweating"',
        "times in Europe/London",
        "Symptoms denied (the patient said they are not there):\n- ",
    ):
        assert line in summary

    card.get_by_role("button", name="Copy").click()
    expect(card.get_by_role("status")).to_have_text(re.compile("^Copied"))
    assert page.evaluate("navigator.clipboard.readText()") == summary

    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    card.get_by_role("button", name="Print").click()
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    expect(page.locator(".soma-print-sheet pre")).to_be_visible()
    assert page.locator(".soma-print-sheet pre").inner_text() == summary
    for shown_on_screen_only in ("main", ".soma-card--stop", "h1"):
        expect(page.locator(shown_on_screen_only).first).to_be_hidden()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")  # printing over: the page prints normally again
    expect(page.locator("main")).to_be_visible()
    page.emulate_media(media="screen")
    assert axe_violations(page) == []
    # the README's picture: tall enough for the whole card in the conversation
    page.set_viewport_size({"width": 700, "height": 1800})
    page.evaluate("() => { const log = document.querySelector('.soma-log'); log.scrollTop = log.scrollHeight; }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".soma-log").screenshot(path=str(SCREENSHOTS / "summary-card.png"))


# ------------------------------------------------------------------------ one-tap calls
@pytest.mark.parametrize(
    "locale, message, first, others",
    [
        ("en-GB", "he is not breathing", ["tel:999"], ["tel:911", "tel:112"]),
        ("en-US", "I want to kill myself", ["tel:911", "tel:988"], ["tel:112", "tel:999", "tel:116123"]),
        ("en-IE", "I want to kill myself", ["tel:112", "tel:116123"], ["tel:911", "tel:999", "tel:988"]),
        ("de-DE", "he is not breathing", ["tel:112"], ["tel:911", "tel:999"]),
        ("en", "he is not breathing", ["tel:911", "tel:112", "tel:999"], []),  # no region: all listed
        ("en-AU", "he is not breathing", ["tel:911", "tel:112", "tel:999"], []),  # a region the reply doesn't name
    ],
)
def test_the_emergency_card_offers_the_numbers_it_names_those_of_the_browsers_region_first(
    site, browser, locale, message, first, others
):
    page = phone(browser, site, locale=locale)
    send(page, message)
    card = page.get_by_role("alert").filter(has_text="Emergency")
    expect(card).to_be_visible()
    calls = card.get_by_role("group", name="Call now")
    links = calls.locator(":scope > a.soma-call")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == first
    hidden = calls.locator("details a.soma-call")
    assert [hidden.nth(i).get_attribute("href") for i in range(hidden.count())] == others
    text = card.locator("p").inner_text()
    for href in first + others:  # never a number the reply doesn't name
        number = href.removeprefix("tel:")
        assert number in text.replace(" ", "")
    for i in range(links.count()):  # a screen reader hears what is dialled and where
        expect(links.nth(i)).to_be_visible()
        assert links.nth(i).inner_text().startswith("Call ") and links.nth(i).evaluate("a => a.offsetHeight") >= 44
    if others:
        expect(hidden.first).to_be_hidden()
        calls.get_by_text("Numbers in other countries").press("Enter")  # the disclosure, by keyboard
        expect(hidden.first).to_be_visible()


def test_the_calls_are_keyboard_reachable_with_a_visible_focus_and_axe_finds_nothing(site, browser):
    page = phone(browser, site, locale="en-US")
    send(page, "I want to kill myself")
    card = page.get_by_role("alert").filter(has_text="Emergency")
    lifeline = card.get_by_role("link", name="Call 988, Suicide & Crisis Lifeline (US)")
    expect(lifeline).to_have_attribute("href", "tel:988")
    card.get_by_role("link", name="Call 911, emergency number (US)").focus()
    page.keyboard.press("Tab")
    expect(lifeline).to_be_focused()
    outline = lifeline.evaluate("a => getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).outlineWidth")
    assert outline == "solid 3px"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "phone-375-calls.png"), full_page=True)
    assert axe_violations(page) == []


# ------------------------------------------------------------------------ the chat button
def example(site: str, page: str) -> str:
    return f"{site}example/{page}"


def open_example(browser: Browser, url: str, viewport: dict = DESKTOP, **options) -> Page:
    page = browser.new_context(viewport=viewport, bypass_csp=True, **options).new_page()
    page.goto(url)
    expect(page.get_by_role("button", name=LAUNCHER)).to_be_visible()
    return page


def test_the_chat_button_opens_the_chat_as_a_panel_and_escape_closes_it(site, browser):
    page = open_example(browser, example(site, "index.html"))
    launcher = page.get_by_role("button", name=LAUNCHER)
    box = launcher.bounding_box()
    assert DESKTOP["width"] - (box["x"] + box["width"]) <= 24 and DESKTOP["height"] - (box["y"] + box["height"]) <= 24
    assert launcher.evaluate("b => getComputedStyle(b).borderRadius") == "50%"
    expect(launcher).to_have_attribute("aria-expanded", "false")
    dialog = page.get_by_role("dialog", name="Soma side-effect assistant")
    expect(dialog).to_be_hidden()
    launcher.focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_label("Your message")).to_be_focused()
    send(page, "can I drive after taking it?")
    expect(dialog.locator(".soma-msg--bot").first).to_contain_text(text_of("utter_driving"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "launcher.png"))
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    launcher.press("Enter")
    dialog.get_by_role("button", name="Close").click()  # the panel's own Close does the same
    expect(dialog).to_be_hidden()
    expect(launcher).to_be_focused()


def test_on_a_phone_the_panel_fills_the_screen_and_closes_back_to_the_button(site, browser):
    page = open_example(browser, example(site, "index.html"), viewport=PHONE, is_mobile=True, has_touch=True)
    launcher = page.get_by_role("button", name=LAUNCHER)
    launcher.tap()
    dialog = page.get_by_role("dialog", name="Soma side-effect assistant")
    expect(dialog).to_be_visible()
    box = dialog.bounding_box()
    assert (box["x"], box["y"], box["width"]) == (0, 0, PHONE["width"])
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.keyboard.press("Escape")
    expect(launcher).to_be_focused()


def test_the_open_chat_survives_a_page_change_in_the_same_tab(site, browser):
    page = open_example(browser, example(site, "index.html"))
    page.get_by_role("button", name=LAUNCHER).click()
    send(page, "hello")
    dialog = page.get_by_role("dialog", name="Soma side-effect assistant")
    expect(dialog.locator(".soma-msg--bot").first).to_contain_text("Hello!")
    page.get_by_role("link", name="Your medicine (chat button)").click()
    expect(page).to_have_url(re.compile("medicine.html$"))
    expect(dialog).to_be_visible()  # still open, with the same conversation
    expect(dialog.locator(".soma-msg--user")).to_have_text(["You: hello"])
    assert page.evaluate("document.activeElement === document.body")  # a new page doesn't move focus
    send(page, "thanks")  # the same conversation on the server: no first-turn disclaimer
    expect(dialog.locator(".soma-msg--bot").last).to_have_text("Assistant: " + text_of("utter_you_are_welcome"))
    page.keyboard.press("Escape")
    page.get_by_role("link", name="Home (chat button)").click()
    expect(page).to_have_url(re.compile("index.html$"))
    expect(page.get_by_role("button", name=LAUNCHER)).to_have_attribute("aria-expanded", "false")
    expect(dialog).to_be_hidden()


# counts changes to the announcer (what a screen reader hears) from the moment it is installed
WATCH_ANNOUNCER = """() => {
  window.announced = [];
  const node = document.querySelector('#soma-chat-launcher > [role=alert]');
  new MutationObserver(() => { if (node.textContent) window.announced.push(node.textContent); })
    .observe(node, {subtree: true, childList: true, characterData: true});
}"""


def test_an_urgent_reply_while_the_panel_is_closed_is_announced_then_and_when_opened_on_another_page(site, browser):
    held: list = []  # (socket, message): the server's replies, held until the patient has closed the panel
    released: list = []

    def route(ws):
        server = ws.connect_to_server()

        def relay(message):
            if "bot_uttered" in str(message) and not released:
                held.append((ws, message))
            else:
                ws.send(message)

        server.on_message(relay)

    page = browser.new_context(viewport=DESKTOP, bypass_csp=True).new_page()
    page.route_web_socket(re.compile(r"/socket\.io/"), route)  # before the widget can connect
    page.goto(example(site, "index.html"))
    launcher = page.get_by_role("button", name=LAUNCHER)
    launcher.click()
    send(page, "he is not breathing")
    page.keyboard.press("Escape")  # closed before the reply comes
    dialog = page.get_by_role("dialog", name="Soma side-effect assistant")
    expect(dialog).to_be_hidden()
    page.evaluate(WATCH_ANNOUNCER)
    deadline = 300  # the urgent reply's arrival, up to 30 s on a loaded machine (a full make test)
    while not any("utter_emergency" in str(message) for _, message in held) and deadline:
        page.wait_for_timeout(100)
        deadline -= 1
    assert deadline, f"the urgent reply never came through the widget's socket: {len(held)} held"
    page.wait_for_timeout(500)  # the turn's other replies (the first-turn disclaimer)
    released.append(True)
    for ws, message in held:
        ws.send(message)
    emergency = text_of("utter_emergency")
    urgent = page.get_by_role("alert").filter(has_text="Urgent reply from the Soma assistant")
    expect(urgent).to_contain_text(emergency)  # outside the closed panel: in the accessibility tree
    expect(page.get_by_role("button", name=LAUNCHER + " (urgent reply waiting)")).to_be_visible()
    assert any(emergency in said for said in page.evaluate("window.announced"))
    # opened later, on another page of the site: the card is announced then
    page.get_by_role("link", name="Your medicine (chat button)").click()
    expect(page).to_have_url(re.compile("medicine.html$"))
    waiting = page.get_by_role("button", name=LAUNCHER + " (urgent reply waiting)")
    expect(waiting).to_be_visible()
    page.evaluate(WATCH_ANNOUNCER)
    waiting.click()
    expect(dialog.locator(".soma-card--emergency[role=alert]")).to_contain_text(emergency)
    page.wait_for_function("window.announced.length > 0")  # said again now that it can be read
    assert emergency in page.evaluate("window.announced[window.announced.length - 1]")
    expect(page.get_by_role("button", name=LAUNCHER)).to_be_visible()  # nothing waiting any more


@pytest.mark.parametrize(
    "page_name, opened",
    [("index.html", False), ("index.html", True), ("medicine.html", True), ("inline.html", None)],
)
def test_axe_finds_no_violation_on_the_example_pages_open_or_closed(site, browser, page_name, opened):
    page = browser.new_context(viewport=DESKTOP, bypass_csp=True).new_page()
    page.goto(example(site, page_name))
    if opened is None:  # the inline mode
        expect(page.get_by_label("Your message")).to_be_visible()
        send(page, "my wife is seeing things")
        expect(page.locator(".soma-card--stop")).to_have_count(1)
    elif opened:
        page.get_by_role("button", name=LAUNCHER).click()
        send(page, "he won't wake up")
        expect(page.locator(".soma-card--emergency")).to_have_count(1)
    else:
        expect(page.get_by_role("button", name=LAUNCHER)).to_be_visible()
    assert axe_violations(page) == []
