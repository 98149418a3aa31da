"""The geoparsing scorer on tiny hand-made files in the GWN and LGL formats."""

from __future__ import annotations

from warscope.eval.geo import evaluate_geo, format_geo, haversine_km, read_articles

TEXT = "Shelling hit Kandahar and Herat. Afghan officials blamed the Taliban."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><start>13</start><end>21</end><phrase>Kandahar</phrase>
<gaztag geonameid="1138336"><name>Kandahar</name><lat>31.61</lat><lon>65.71</lon></gaztag></toponym>
<toponym><start>26</start><end>31</end><phrase>Herat</phrase>
<gaztag geonameid="1139715"><name>Herat</name><lat>-10.0</lat><lon>10.0</lon></gaztag></toponym>
<toponym><start>33</start><end>39</end><phrase>Afghan</phrase>
<gaztag geonameid="1149361"><name>Afghanistan</name><lat>33</lat><lon>65</lon></gaztag></toponym>
</toponyms></article></articles>"""

GWN = f"""<?xml version="1.0" ?>
<articles><article file="0"><text>{TEXT}</text><toponyms>
<toponym><extractedName>Kandahar</extractedName><type>Literal</type><modifierType/>
<start>13</start><end>21</end><latitude>31.61</latitude><longitude>65.71</longitude></toponym>
<toponym><extractedName>Afghan</extractedName><type>Demonym</type><modifierType/>
<start>33</start><end>39</end><latitude/><longitude/></toponym>
</toponyms></article></articles>"""


def test_haversine():
    assert haversine_km(0, 0, 0, 0) == 0
    assert 110 < haversine_km(0, 0, 1, 0) < 112


def test_reads_both_formats(tmp_path):
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL, encoding="utf-8")
    gwn = tmp_path / "gwn.xml"
    gwn.write_text(GWN, encoding="utf-8")
    (_, text, golds), = read_articles(str(lgl))
    assert text == TEXT and [text[g.start : g.end] for g in golds] == ["Kandahar", "Herat", "Afghan"]
    assert [g.adjective for g in golds] == [False, False, True]
    (_, _, golds), = read_articles(str(gwn))
    assert golds[0].lat == 31.61 and golds[1].adjective and golds[1].lat is None


def test_scores_detection_and_distance(tmp_path):
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL, encoding="utf-8")
    result = evaluate_geo(str(lgl))
    r = result["all"]
    assert r["gold"] == 3
    assert r["found"] == 2  # Kandahar and Herat; the demonym is not a place mention
    assert r["accurate_161km"] == 1  # the gold Herat here is deliberately placed far away
    assert r["precision"] == 1.0
    assert result["names_only"]["gold"] == 2
    assert "lgl.xml" in format_geo(result)


def test_fixed_halves_split_the_articles(tmp_path):
    second = LGL.split("<articles>")[1].replace('docid="1"', 'docid="2"')
    two = LGL.replace("</article></articles>", "</article>" + second)
    path = tmp_path / "lgl.xml"
    path.write_text(two, encoding="utf-8")
    assert evaluate_geo(str(path))["articles"] == 2
    even, odd = evaluate_geo(str(path), half="even"), evaluate_geo(str(path), half="odd")
    assert even["articles"] == odd["articles"] == 1 and "even half" in even["file"]
