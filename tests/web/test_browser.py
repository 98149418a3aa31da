"""The web UI in a real headless Chromium against a real uvicorn server (skips without Chromium)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


@contextmanager
def _serving(db: Path) -> Iterator[str]:
    """A real uvicorn server over a database, on a free port, in a thread."""
    import uvicorn

    from warscope.api import create_app

    app = create_app(str(db))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not srv.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        app.state.store.engine.dispose()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "w.db"
    with open_store(str(db)) as store:
        store.save(riverton())
        store.save(harbour())
        store.save(hostile())
    with _serving(db) as url:
        yield url


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


def test_demo_sample_is_on_the_map(browser, tmp_path):
    """What `make demo` then `warscope serve` shows: the bundled sample's located events as markers."""
    from click.testing import CliRunner
    from sqlalchemy import func, select

    from warscope.cli import main
    from warscope.store import schema

    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["extract", "--sample", "--db", str(db), "--format", "table"])
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as store, store.engine.connect() as conn:
        located = conn.execute(
            select(func.count()).select_from(schema.events).where(schema.events.c.latitude.is_not(None))
        ).scalar_one()
        total = conn.execute(select(func.count()).select_from(schema.events)).scalar_one()
    assert located > 0, "the sample article should give at least one event with a place on the map"
    with _serving(db) as url:
        tree = lxml_html.fromstring(browser.open(url + "/#/"))
    dots = tree.xpath('//*[@id="map"]//*[contains(@class, "event-dot")]')
    assert len(dots) == located
    assert all(float(d.get("r")) > 0 for d in dots)
    assert tree.get_element_by_id("total").text_content() == str(total)
    assert len(tree.xpath('//table[@id="events"]//tr[contains(@class, "event-row")]')) == total


PASTED = (
    "Gunmen ambushed a police patrol near the market in Kandahar on Monday, killing three officers, "
    "the provincial governor said. Residents said the attackers fled on motorbikes."
)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def test_analyse_a_pasted_article(browser, tmp_path):
    """The "Analyse an article" page: paste, submit, see the events and the evidence highlighted."""
    from warscope import pipeline
    from warscope.ingest import document_from_text

    expected = pipeline.extract(document_from_text(PASTED, published="2024-06-03"))
    with _serving(tmp_path / "a.db") as server:
        _analyse(browser, server, expected)


def _analyse(browser, server, expected) -> None:
    browser.open(server + "/#/analyse")
    browser.evaluate(
        "(() => { const f = document.getElementById('analyse');"
        f" f.elements.text.value = {json.dumps(PASTED)};"
        " f.elements.published.value = '2024-06-03'; f.elements.store.checked = true;"
        " f.requestSubmit(); return true; })()"
    )
    state = browser.wait_for("document.getElementById('analysis').dataset.state !== 'busy'"
                             " && document.getElementById('analysis').dataset.state")
    tree = lxml_html.fromstring(browser.html())
    assert state == "done", tree.get_element_by_id("analysis").text_content()
    items = tree.xpath('//ul[@id="analysis-events"]/li')
    assert len(items) == len(expected.events) > 0
    assert [i.xpath('.//span[contains(@class, "tag")]')[0].text_content() for i in items] == [
        e.event_type for e in expected.events
    ]
    text = tree.get_element_by_id("analysis-text")
    assert text.text_content() == expected.document.text
    # Exactly the evidence of the events is marked, each character once however the spans overlap.
    body = expected.document.text
    want = "".join(body[a:b] for a, b in _merged([(sp.start, sp.end) for e in expected.events for sp in e.evidence]))
    assert "".join(m.text_content() for m in text.xpath(".//mark")) == want
    # Stored on request, and the stored article opens with the same events.
    link = tree.xpath('//*[@id="analysis"]//a[starts-with(@href, "#/document/")]')
    assert link, "the page should link to the stored article"
    doc = lxml_html.fromstring(browser.open(server + "/" + link[0].get("href")))
    assert doc.get_element_by_id("article-text").text_content() == expected.document.text
    assert len(doc.xpath('//table[@id="events"]//tr[contains(@class, "event-row")]')) == len(expected.events)


def test_analyse_reports_an_empty_paste(browser, server):
    browser.open(server + "/#/analyse")
    browser.evaluate("document.getElementById('analyse').requestSubmit()")
    state = browser.wait_for("document.getElementById('analysis').dataset.state !== 'busy'"
                             " && document.getElementById('analysis').dataset.state")
    assert state == "error"
    assert "text" in browser.evaluate("document.getElementById('analysis-error').innerText")


def test_network_page_follows_the_filters(render, browser):
    tree = render("/#/network")
    rows = tree.xpath('//table[@id="network-edges"]//tr[contains(@class, "edge-row")]')
    # The Riverton relation and clash, and the Mogadishu strike; the one-sided protest is no edge.
    assert sorted(r.get("data-link") for r in rows) == ["event", "event", "relation"]
    relation = next(r for r in rows if r.get("data-link") == "relation")
    assert "Northern Front" in relation.text_content() and "hostile" in relation.text_content()
    somalia = render("/#/network?country=Somalia")
    rows = somalia.xpath('//table[@id="network-edges"]//tr[contains(@class, "edge-row")]')
    assert [r.get("data-link") for r in rows] == ["event"]
    assert browser.evaluate("document.getElementById('filters').elements.country.value") == "Somalia"
    assert somalia.get_element_by_id("network-relations").text_content() == "0"
    protests = render("/#/network?event_type=Protests")
    assert protests.xpath('//tr[contains(@class, "edge-row")]') == []
    # Applying the filter form on the network page stays on the network page.
    browser.evaluate("(() => { const f = document.getElementById('filters'); f.elements.event_type.value = '';"
                     " f.elements.country.value = 'AF'; f.requestSubmit(); return true; })()")
    browser.wait_for("location.hash.startsWith('#/network?') && location.hash.includes('country=AF')"
                     " && document.querySelectorAll('tr.edge-row').length === 2")
