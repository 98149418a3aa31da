"""The entity rulers find KB aliases whole, with the KB id, and leave countries to the geo stage."""

from __future__ import annotations

import pytest

from warscope.actors import recognize
from warscope.actors.kb import load, norm_key


def _ents(nlp, text):
    return {(e.text, e.ent_id_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text, alias, kb_id",
    [
        ("Officials blamed ISIS-K for the blast at the checkpoint.", "ISIS-K", "islamic-state-khorasan"),
        ("A commander of Islamic State in Afghanistan was detained.", "Islamic State in Afghanistan", "islamic-state-khorasan"),
        ("Leaflets signed by Daesh were found near the market.", "Daesh", "islamic-state"),
        ("Remnants of al Qaeda still train in the hills.", "al Qaeda", "al-qaeda"),
        ("Al-Shabaab overran the base at dawn.", "Al-Shabaab", "al-shabaab"),
        ("Al Shabaab denied the report.", "Al Shabaab", "al-shabaab"),
        ("Police blamed Islamic State\u2019s regional affiliate for the raid.", "Islamic State\u2019s regional affiliate", "islamic-state"),
        ("Police blamed Islamic State's regional affiliate for the raid.", "Islamic State's regional affiliate", "islamic-state"),
        ("The Somali branch of Islamic State claimed it.", "Somali branch of Islamic State", "islamic-state-somalia"),
        ("AMISOM troops withdrew from the town.", "AMISOM", "amisom"),
        ("Kenyan police arrested two suspects.", "Kenyan police", "police-forces-kenya"),
    ],
)
def test_alias_found_whole(nlp, text, alias, kb_id):
    assert (alias, kb_id) in _ents(nlp, text)


def test_country_names_stay_places(nlp):
    doc = nlp("Russia and Afghanistan signed a trade deal in Moscow.")
    labels = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert labels.get("Russia", ("GPE", ""))[1] == ""
    assert labels.get("Afghanistan", ("GPE", ""))[1] == ""


def test_lowercase_words_are_not_acronyms(nlp):
    # "aa" and "is" must not become the Arakan Army or Islamic State.
    ids = {e.ent_id_ for e in nlp("The aa battery is flat and it is late.").ents}
    assert "arakan-army" not in ids and "islamic-state" not in ids


def test_no_ruler_pattern_is_a_bare_country_name(nlp):
    kb = load()
    phrases, names = recognize._patterns(kb, nlp)
    keys = {norm_key(p["pattern"]) for p in phrases + names}
    assert not keys & set(kb.country_index), sorted(keys & set(kb.country_index))[:5]
    assert recognize.PHRASE_RULER in nlp.pipe_names
    assert nlp.pipe_names.index(recognize.PHRASE_RULER) < nlp.pipe_names.index("ner")
