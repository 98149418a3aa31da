"""The store on real SQLite files: schema, one row per document, atomic writes, filtered reads."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import select

from tests.store.factory import harbour, riverton
from tests.store.pg import BACKENDS, database, fresh_schema, needs_pg
from warscope.ingest import InputError
from warscope.model import Event, Fatalities
from warscope.store import open_store, query
from warscope.store import schema as s
from warscope.store.query import EventFilter


def _rows(db, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


def test_save_writes_every_table(tmp_path):
    db = tmp_path / "w.db"
    x = riverton()
    with open_store(str(db)) as store:
        doc_id = store.save(x)
    assert doc_id == x.document.id
    assert _rows(db, "documents") == 1
    assert _rows(db, "actors") == len(x.actors)
    assert _rows(db, "events") == 2
    assert _rows(db, "event_sources") == 2
    assert _rows(db, "claims") == 2
    assert _rows(db, "quotes") == 1
    assert _rows(db, "relations") == 1
    assert _rows(db, "places") == 2
    assert _rows(db, "times") == 1
    assert _rows(db, "mentions") == sum(len(a.mentions) for a in x.actors)
    with sqlite3.connect(db) as conn:
        text, = conn.execute("select text from documents").fetchone()
        # Every stored span still points at its text.
        for start, end, span_text in conn.execute("select start, end, text from claims"):
            assert text[start:end] == span_text
        for start, end, span_text in conn.execute('select start, "end", text from mentions'):
            assert text[start:end] == span_text
        version, = conn.execute("select value from warscope_meta where key='schema_version'").fetchone()
    assert int(version) == s.LATEST


def test_reingest_is_a_no_op(tmp_path):
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        first = store.save(riverton())
        before = {t: _rows(db, t) for t in ("documents", "actors", "events", "claims", "mentions")}
        # Same text, different metadata: still the same document.
        again = store.save(riverton(source="Another Wire", url="https://example.org/other"))
        _, new = store.save_new(riverton())
    assert again == first
    assert new is False
    assert {t: _rows(db, t) for t in before} == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("select source from documents").fetchone()[0] == "Test Wire"


def test_actors_are_shared_across_documents(tmp_path):
    db = tmp_path / "w.db"
    other = harbour()
    # A second article naming an actor the first one also names.
    other.actors[0] = other.actors[0].model_copy(update={"name": "Northern Front"})
    with open_store(str(db)) as store:
        store.save(riverton())
        store.save(other)
        with store.engine.connect() as conn:
            rows = conn.execute(select(s.actors.c.id).where(s.actors.c.name == "Northern Front")).all()
            assert len(rows) == 1
            actor = query.get_actor(conn, rows[0].id)
    assert len(actor["documents"]) == 2
    assert {e["event_type"] for e in actor["events"]} == {"Battles", "Explosions/Remote violence"}


def test_failed_write_rolls_back_and_keeps_earlier_data(tmp_path):
    db = tmp_path / "w.db"
    good = riverton()
    bad = harbour()
    # Two events with the same id violate a unique constraint after the document, actors and the
    # first event were already inserted: the whole document must vanish with the transaction.
    dup = bad.events[0].model_copy(update={"fatalities": Fatalities(low=1)})
    bad.events.append(Event.model_validate(dup.model_dump()))
    with open_store(str(db)) as store:
        store.save(good)
        before = {t: _rows(db, t) for t in ("documents", "actors", "events", "event_sources", "mentions")}
        with pytest.raises(Exception):
            store.save(bad)
        assert store.has_document(bad.document.text) is None
    assert {t: _rows(db, t) for t in before} == before
    # The database is still usable and the earlier document intact.
    with open_store(str(db)) as store, store.engine.connect() as conn:
        assert query.count_events(conn, EventFilter()) == 2
        assert store.save(harbour()) == harbour().document.id
    assert _rows(db, "documents") == 2


def test_open_store_accepts_paths_and_sqlite_urls(tmp_path):
    path = tmp_path / "a.db"
    with open_store(f"sqlite:///{path}") as store:
        store.save(harbour())
    with open_store(str(path)) as store:
        assert store.counts()["documents"] == 1


@pytest.mark.parametrize(
    "target, fragment",
    [
        ("{tmp}/missing/folder/w.db", "does not exist"),
        ("{tmp}", "is a directory"),
        ("mysql://localhost/x", "unsupported database"),
        ("", "empty"),
    ],
)
def test_open_store_refuses_bad_targets_in_one_line(tmp_path, target, fragment):
    with pytest.raises(InputError) as err:
        with open_store(target.format(tmp=tmp_path)):
            pass
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_open_store_refuses_unwritable_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(InputError, match="not writable"):
            with open_store(str(ro / "w.db")):
                pass
    finally:
        ro.chmod(0o700)


def test_not_a_database_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(InputError, match="cannot open database"):
        with open_store(str(junk)):
            pass


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "w.db"
    with open_store(str(db)):
        pass
    with sqlite3.connect(db) as conn:
        conn.execute("update warscope_meta set value = ? where key = 'schema_version'", (str(s.LATEST + 1),))
    with pytest.raises(InputError, match="newer"):
        with open_store(str(db)):
            pass


@pytest.fixture(params=BACKENDS)
def filled(request, tmp_path):
    """The two test articles stored, on SQLite and (when WARSCOPE_TEST_PG is set) on PostgreSQL."""
    gen = database(request.param, tmp_path)
    url = next(gen)
    request.addfinalizer(lambda: next(gen, None))
    with open_store(url) as store:
        store.save(riverton())
        store.save(harbour())
        with store.engine.connect() as conn:
            yield conn


def _types(conn, **kw) -> list[str]:
    return sorted(e["event_type"] for e in query.list_events(conn, EventFilter(**kw)))


def test_filters(filled):
    conn = filled
    assert _types(conn) == ["Battles", "Explosions/Remote violence", "Protests"]
    assert _types(conn, country="AF") == ["Battles", "Protests"]
    assert _types(conn, country="Somalia") == ["Explosions/Remote violence"]
    assert _types(conn, admin1="herat") == ["Protests"]
    assert _types(conn, event_type="battles") == ["Battles"]
    assert _types(conn, actor="northern front") == ["Battles"]
    assert _types(conn, actor="Al Shabaab") == ["Explosions/Remote violence"]
    assert _types(conn, date_from="2021-08-25", date_to="2021-12-31") == ["Protests"]
    assert _types(conn, bbox=(60.0, 30.0, 70.0, 33.0)) == ["Battles"]
    assert _types(conn, q="drone") == ["Explosions/Remote violence"]
    # Text search also looks in the article, not only in evidence sentences.
    assert _types(conn, q="seized two trucks") == ["Battles", "Protests"]
    assert _types(conn, q="100%") == []
    assert query.count_events(conn, EventFilter(country="AF")) == 2


def test_event_detail_has_claims_sources_and_context(filled):
    conn = filled
    (battle,) = query.list_events(conn, EventFilter(event_type="Battles"))
    event = query.get_event(conn, battle["id"])
    assert [c["stance"] for c in event["claims"]] == ["asserts", "claims_responsibility"]
    assert [c["value"] for c in event["claims"]] == [9, 30]
    (source,) = event["sources"]
    assert source["source"] == "Test Wire"
    doc = riverton().document.text
    for ev in source["evidence"]:
        assert doc[ev["start"] : ev["end"]] == ev["text"]
        # The context is the text right around the span.
        assert doc[ev["context_start"] : ev["start"]] == ev["before"]
        assert doc[ev["end"] : ev["end"] + len(ev["after"])] == ev["after"]
    assert event["sources"][0]["evidence"][0]["after"].startswith("\n\nThe Northern Front said")
    assert query.get_event(conn, 9999) is None


def test_stats_by_week_and_type(filled):
    stats = query.stats(filled, EventFilter())
    assert stats["events"] == 3
    assert stats["by_type"] == {"Battles": 1, "Explosions/Remote violence": 1, "Protests": 1}
    # 24 and 25 August 2021 fall in the week starting Monday 23 August.
    weeks = {(r["week"], r["event_type"]): r["count"] for r in stats["by_week"]}
    assert weeks[("2021-08-23", "Battles")] == 1
    assert weeks[("2021-08-23", "Protests")] == 1
    assert weeks[("2024-02-26", "Explosions/Remote violence")] == 1
    # The most conservative figure: low where given.
    assert stats["fatalities"] == 9 + 0 + 4


def test_document_view_highlights_evidence(filled):
    x = riverton()
    doc = query.get_document(filled, x.document.id)
    assert doc["text"] == x.document.text
    assert len(doc["events"]) == 2
    assert {h["event_type"] for h in doc["highlights"]} == {"Battles", "Protests"}
    assert doc["extraction"]["schema"] == x.schema_
    assert query.get_document(filled, "doc-none") is None


def test_parse_bbox_and_dates():
    assert query.parse_bbox("60,30,70,33") == (60.0, 30.0, 70.0, 33.0)
    for bad in ("1,2,3", "a,b,c,d", "0,50,10,40", "0,0,200,10"):
        with pytest.raises(ValueError):
            query.parse_bbox(bad)
    assert query.parse_date("2021-08-01", "x") == "2021-08-01"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        query.parse_date("01/08/2021", "x")


@pytest.fixture()
def pg_url():
    yield from fresh_schema()


@needs_pg
def test_postgresql_round_trip(pg_url):
    from sqlalchemy import text

    with open_store(pg_url) as store:
        store.save(riverton())
        store.save(riverton())
        store.save(harbour())
        with store.engine.connect() as conn:
            assert conn.execute(text("select count(*) from documents")).scalar() == 2
            # The tables went into this test's own schema, not public.
            assert conn.execute(text("select count(*) from information_schema.tables where table_name = 'documents' "
                                     "and table_schema = current_schema()")).scalar() == 1
            assert _types(conn, country="Afghanistan") == ["Battles", "Protests"]
            assert _types(conn, q="DRONE") == ["Explosions/Remote violence"]
            assert query.stats(conn, EventFilter())["events"] == 3
            assert len(query.relations(conn, f=EventFilter(country="AF"))) == 1
    # Opening again finds the schema at the latest version and changes nothing.
    with open_store(pg_url) as store:
        assert store.counts()["documents"] == 2


def _talks() -> "Extraction":
    """An article with a relation and a place but no event: only its places can place the relation."""
    from tests.store.factory import mention, span
    from warscope.model import Actor, Document, Extraction, Place, Relation

    t = "Envoys of the Coastal Council met the River Alliance in Tartus to discuss prisoner swaps."
    doc = Document(id=Document.make_id(t), title="Talks", published="2022-05-02", text=t)
    a = Actor(id="a1", name="Coastal Council", kind="political_militia", mentions=[mention(t, "Coastal Council")])
    b = Actor(id="a2", name="River Alliance", kind="rebel_group", mentions=[mention(t, "River Alliance")])
    return Extraction(
        document=doc, actors=[a, b],
        relations=[Relation(source="a1", target="a2", polarity="cooperative", plover="CONSULT", evidence=[span(t, t)])],
        places=[Place(id="p1", name="Tartus", admin1="Tartus", country="SY", latitude=34.89, longitude=35.89,
                      mentions=[span(t, "Tartus")])],
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_relations_are_filtered_through_their_events_and_places(tmp_path, backend):
    gen = database(backend, tmp_path)
    try:
        _check_relation_filters(next(gen))
    finally:
        next(gen, None)


def _check_relation_filters(url: str) -> None:
    with open_store(url) as store:
        store.save(riverton())
        store.save(harbour())
        store.save(_talks())
        with store.engine.connect() as conn:

            def rels(**kw) -> list[str]:
                return sorted(r["source"]["name"] for r in query.relations(conn, f=EventFilter(**kw)))

            assert rels() == ["Coastal Council", "Northern Front"]
            # The Riverton relation's evidence is the clash sentence: it is a Kandahar battle.
            assert rels(country="AF") == ["Northern Front"]
            assert rels(country="Somalia") == []
            assert rels(event_type="Battles") == ["Northern Front"]
            # Same document, but the protest is not what the relation reports.
            assert rels(event_type="Protests") == []
            assert rels(admin1="kandahar") == ["Northern Front"]
            assert rels(bbox=(62.0, 34.0, 63.0, 35.0)) == []  # around Herat
            # No event in the talks article: its place decides the country, and it has no type.
            assert rels(country="Syria") == ["Coastal Council"]
            assert rels(country="SY", event_type="Battles") == []
            assert rels(q="prisoner swaps") == ["Coastal Council"]
            net = query.network(conn, EventFilter(country="SY"))
            assert [(e["type"], e["polarity"]) for e in net["edges"]] == [("relation", "cooperative")]
            assert {n["name"] for n in net["nodes"]} == {"Coastal Council", "River Alliance"}
