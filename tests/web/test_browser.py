"""The web UI in a real headless Chromium against a real uvicorn server (skips without Chromium)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
from lxml import html as lxml_html

from tests.store.factory import harbour, riverton
from warscope.model import Document, Extraction
from warscope.store import open_store


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium not installed (apt-get install -y chromium): the browser test of the web UI is skipped",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from warscope.api import create_app

    db = tmp_path_factory.mktemp("web") / "w.db"
    with open_store(str(db)) as store:
        store.save(riverton())
        store.save(harbour())
        store.save(hostile())
    app = create_app(str(db))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.engine.dispose()


def hostile() -> Extraction:
    """An article whose metadata tries to inject markup and a script link into the page."""
    text = "An <b>ordinary</b> looking report about a quiet week in the province, with <script>no</script> events."
    doc = Document(id=Document.make_id(text), title='<img src=x onerror="document.title=1">Quiet week',
                   url="javascript:alert(1)", source="<i>Desk</i>", text=text)
    return Extraction(document=doc)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from tests.web.cdp import Browser

    b = Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.fixture()
def render(server, browser):
    """The live DOM of a UI page once its scripts have rendered it."""

    def _render(path: str):
        return lxml_html.fromstring(browser.open(server + path))

    return _render


def test_events_page_map_timeline_and_table(render):
    tree = render("/#/")
    dots = tree.xpath('//*[@id="map"]//*[contains(@class, "event-dot")]')
    assert len(dots) == 3
    by_type = {d.get("data-type"): d for d in dots}
    # Coloured by type, sized by fatalities (9 killed > 4 killed > none).
    assert by_type["Battles"].get("fill") != by_type["Protests"].get("fill")
    r = {t: float(d.get("r")) for t, d in by_type.items()}
    assert r["Battles"] > r["Explosions/Remote violence"] > r["Protests"]
    assert len(tree.xpath('//*[@id="countries"]/*[local-name()="path"]')) > 150
    bars = tree.xpath('//*[@id="timeline"]//*[contains(@class, "bar")]')
    assert {b.get("data-type") for b in bars} == {"Battles", "Protests", "Explosions/Remote violence"}
    assert tree.get_element_by_id("total").text_content() == "3"
    assert len(tree.xpath('//table[@id="events"]//tr[contains(@class, "event-row")]')) == 3


def test_filters_in_the_address_reach_the_map(render):
    tree = render("/#/?country=Somalia")
    dots = tree.xpath('//*[@id="map"]//*[contains(@class, "event-dot")]')
    assert [d.get("data-type") for d in dots] == ["Explosions/Remote violence"]


def test_event_page_shows_claims_sources_and_evidence(render):
    tree = render("/#/event/1")
    assert "Armed clash" in tree.get_element_by_id("event-title").text_content()
    claims = tree.xpath('//table[@id="claims"]//tr[contains(@class, "claim")]')
    assert len(claims) == 2
    assert "claims_responsibility" in claims[1].text_content()
    marks = [m.text_content() for m in tree.xpath('//*[@id="evidence"]//mark')]
    assert marks[0].startswith("Rebels of the Northern Front attacked")
    assert "Test Wire" in tree.get_element_by_id("sources").text_content()


def test_article_page_highlights_evidence(render):
    doc_id = riverton().document.id
    tree = render(f"/#/document/{doc_id}?event=2")
    text = tree.get_element_by_id("article-text")
    assert text.text_content() == riverton().document.text
    marks = text.xpath(".//mark")
    assert len(marks) == 3
    focus = [m for m in marks if "focus" in m.get("class")]
    assert [m.text_content() for m in focus] == [
        "On Wednesday, villagers in Herat protested against the fighting outside the governor's office."
    ]


def test_actor_page_and_no_request_leaves_the_server(render, browser, server):
    tree = render("/#/actor/1")
    assert tree.get_element_by_id("actor-name").text_content() == "Northern Front"
    assert "Military Forces of Afghanistan" in tree.get_element_by_id("relations").text_content()
    # Offline: every request any page made went to our own server.
    urls = browser.requested_urls()
    assert any(u.startswith(server + "/static/world.geojson") for u in urls)
    outside = [u for u in urls if not (u.startswith(server) or u.startswith(("about:", "data:")))]
    assert outside == []


def test_article_metadata_cannot_inject_markup(render):
    tree = render(f"/#/document/{hostile().document.id}")
    title = tree.get_element_by_id("document-title")
    assert title.text_content().startswith("<img")
    assert tree.xpath("//main//img") == [] and tree.xpath("//main//script") == []
    assert tree.xpath('//a[starts-with(@href, "javascript:")]') == []
    assert tree.get_element_by_id("article-text").text_content() == hostile().document.text


def test_actor_and_article_lists(render):
    actors = render("/#/actors?q=military")
    names = [a.text_content() for a in actors.xpath('//table[@id="actors"]//a')]
    assert set(names) == {"Military Forces of Afghanistan", "Military Forces of Somalia"}
    docs = render("/#/documents")
    titles = {a.text_content() for a in docs.xpath('//table[@id="documents"]//a')}
    assert {"Rebels attack army post", "Strike on depot"} <= titles
