"""The HTTP API through FastAPI's TestClient, and once through a real uvicorn server."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.store.factory import harbour, riverton
from tests.store.pg import BACKENDS, database, fresh_schema, needs_pg
from warscope.api import create_app, is_local_host
from warscope.store import open_store


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    """The two test articles stored, on SQLite and (when WARSCOPE_TEST_PG is set) on PostgreSQL."""
    gen = database(request.param, tmp_path)
    url = next(gen)
    request.addfinalizer(lambda: next(gen, None))
    with open_store(url) as store:
        store.save(riverton())
        store.save(harbour())
    return url


@pytest.fixture()
def client(db):
    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.store.engine.dispose()


def test_events_list_filters_and_pagination(client):
    body = client.get("/events").json()
    assert body["total"] == 3 and len(body["events"]) == 3
    # Newest first.
    assert body["events"][0]["event_type"] == "Explosions/Remote violence"
    page = client.get("/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and len(page["events"]) == 1
    assert page["events"][0]["id"] == body["events"][1]["id"]
    af = client.get("/events", params={"country": "AF", "date_from": "2021-08-24", "date_to": "2021-08-24"}).json()
    assert [e["event_type"] for e in af["events"]] == ["Battles"]
    box = client.get("/events", params={"bbox": "40,0,50,5"}).json()
    assert [e["location"]["name"] for e in box["events"]] == ["Mogadishu"]
    assert client.get("/events", params={"q": "governor"}).json()["total"] == 2
    assert client.get("/events", params={"actor": "Al Shabaab"}).json()["total"] == 1


def test_bad_parameters_are_422(client):
    assert client.get("/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/events", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/events", params={"limit": 0}).status_code == 422


def test_event_detail(client):
    battle = client.get("/events", params={"event_type": "Battles"}).json()["events"][0]
    event = client.get(f"/events/{battle['id']}").json()
    assert [c["by"]["name"] for c in event["claims"]] == ["Ministry of Defence of Afghanistan", "Northern Front"]
    evidence = event["sources"][0]["evidence"]
    assert evidence[0]["text"].startswith("Rebels of the Northern Front")
    assert "Omar Zia" in evidence[1]["after"]
    assert client.get("/events/424242").status_code == 404


def test_actors_and_actor_page(client):
    actors = client.get("/actors", params={"q": "front"}).json()
    assert [a["name"] for a in actors["actors"]] == ["Northern Front"]
    front = client.get(f"/actors/{actors['actors'][0]['id']}").json()
    assert [e["event_type"] for e in front["events"]] == ["Battles"]
    assert front["relations"][0]["target"]["name"] == "Military Forces of Afghanistan"
    assert front["timeline"] == [{"week": "2021-08-23", "event_type": "Battles", "count": 1}]
    assert client.get("/actors/999").status_code == 404


def test_documents_network_stats(client):
    docs = client.get("/documents").json()
    assert docs["total"] == 2
    doc = client.get(f"/documents/{riverton().document.id}").json()
    assert doc["text"] == riverton().document.text
    assert len(doc["highlights"]) == 3
    assert client.get("/documents/doc-missing").status_code == 404
    net = client.get("/network").json()
    assert len(net["nodes"]) == 5 and len(net["edges"]) == 3
    stats = client.get("/stats", params={"country": "Afghanistan"}).json()
    assert stats["by_type"] == {"Battles": 1, "Protests": 1}


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/events", "/events/{event_id}", "/actors", "/actors/{actor_id}", "/documents/{document_id}",
                 "/network", "/stats", "/extract"):
        assert path in paths


def test_ui_and_basemap_are_served(client):
    index = client.get("/")
    assert index.status_code == 200 and "/static/app.js" in index.text
    assert client.get("/static/app.js").headers["content-type"].split(";")[0] in ("text/javascript", "application/javascript")
    world = client.get("/static/world.geojson").json()
    assert len(world["features"]) > 150


def test_ui_fetches_nothing_from_outside():
    from importlib import resources

    static = resources.files("warscope") / "web" / "static"
    for name in ("index.html", "app.js", "style.css"):
        text = (static / name).read_text(encoding="utf-8")
        assert "//cdn" not in text and "googleapis" not in text and "unpkg" not in text
        assert "src=\"http" not in text and "href=\"http" not in text


def test_is_local_host():
    assert is_local_host("127.0.0.1") and is_local_host("localhost") and is_local_host("::1")
    assert not is_local_host("0.0.0.0") and not is_local_host("192.168.1.5")


def test_extract_is_refused_beyond_localhost_without_token(db):
    app = create_app(db, host="0.0.0.0")
    with TestClient(app) as c:
        r = c.post("/extract", json={"text": "Soldiers clashed with rebels near a town."})
        assert r.status_code == 403
        assert c.get("/config").json()["extract_enabled"] is False
    app.state.store.engine.dispose()


def test_extract_with_token(db):
    app = create_app(db, host="0.0.0.0", token="s3cret")
    with TestClient(app) as c:
        article = "Rebels attacked a police station in a northern town on Monday, officials said. Two officers died."
        assert c.post("/extract", json={"text": article}).status_code == 401
        bad = c.post("/extract", json={"text": article}, headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 401
        ok = c.post("/extract", json={"text": article, "published": "2024-01-10", "store": True},
                    headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200, ok.text
        body = ok.json()
        assert body["extraction"]["document"]["text"].startswith("Rebels attacked")
        assert body["stored"] == body["extraction"]["document"]["id"]
        assert c.get(f"/documents/{body['stored']}").status_code == 200
        empty = c.post("/extract", json={"text": "  "}, headers={"Authorization": "Bearer s3cret"})
        assert empty.status_code == 422
    app.state.store.engine.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_real_uvicorn_server(db):
    import uvicorn

    port = _free_port()
    app = create_app(db)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        events = httpx.get(f"{base}/events", params={"event_type": "Protests"}, timeout=10).json()
        assert [e["location"]["name"] for e in events["events"]] == ["Herat"]
        assert httpx.get(f"{base}/", timeout=10).headers["content-type"].startswith("text/html")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.engine.dispose()


@pytest.fixture()
def pg_url():
    yield from fresh_schema()


@needs_pg
def test_api_on_postgresql(pg_url):
    with open_store(pg_url) as store:
        store.save(riverton())
        store.save(harbour())
    app = create_app(pg_url)
    with TestClient(app) as c:
        assert c.get("/events", params={"q": "DRONE", "actor": "somalia"}).json()["total"] == 1
        assert c.get("/actors", params={"q": "front"}).json()["total"] == 1
        assert c.get("/stats", params={"country": "AF"}).json()["events"] == 2
        assert len(c.get("/network", params={"country": "SO"}).json()["edges"]) == 1
        battle = c.get("/events", params={"event_type": "Battles"}).json()["events"][0]
        assert len(c.get(f"/events/{battle['id']}").json()["claims"]) == 2
    app.state.store.engine.dispose()
