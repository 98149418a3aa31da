"""Direct quotes: marks, splits, multi-sentence quotes and speakers."""

from __future__ import annotations

from warscope.claims import quotes

TEXT = """Colonel Dana Whitfield, who commands the garrison, spoke to reporters on Sunday.

“We held the bridge for three days,” she told the Daily Ledger. “Nobody came to help us.”

"The shelling never stopped," said Omar Haddad, a shopkeeper in the old town. He added: "I lost everything I owned in one night."

The pamphlet, titled “Cities Under Fire,” was printed in May.

“This is the first sentence of a long statement. Here is the second sentence of it,” the spokesman said."""


def _quotes(build, text=TEXT):
    b = build(text)
    b.actor("whitfield", "Dana Whitfield", "person", "Colonel Dana Whitfield")
    b.actor("haddad", "Omar Haddad", "person", "Omar Haddad")
    quotes.annotate(b.analysis)
    return b.analysis.quotes


def test_spans_slice_the_content_inside_the_marks(build):
    found = _quotes(build)
    assert found
    for q in found:
        assert TEXT[q.start : q.end] == q.text
        assert TEXT[q.start - 1] in "“\"" and q.text[0] not in "“\""


def test_curly_quote_split_by_speech_verb_and_pronoun_speaker(build):
    found = {q.text: q for q in _quotes(build)}
    first = found["We held the bridge for three days,"]
    second = found["Nobody came to help us."]
    assert first.speaker_text == "she" and first.speaker == "whitfield"
    assert second.speaker == "whitfield"


def test_straight_quotes_with_inverted_and_leading_speaker(build):
    found = {q.text: q for q in _quotes(build)}
    assert found["The shelling never stopped,"].speaker_text == "Omar Haddad"
    assert found["The shelling never stopped,"].speaker == "haddad"
    after = found["I lost everything I owned in one night."]
    assert after.speaker_text == "He" and after.speaker == "haddad"


def test_title_in_quotes_is_not_a_quote(build):
    assert not any("Cities Under Fire" in q.text for q in _quotes(build))


def test_multi_sentence_quote_is_one_quote(build):
    found = [q for q in _quotes(build) if q.text.startswith("This is the first")]
    assert len(found) == 1
    assert "second sentence" in found[0].text
    assert found[0].speaker_text == "the spokesman" and found[0].speaker is None


def test_said_mr_x(build):
    text = '"We will not leave," said Mr. Haddad, standing in the rubble.'
    b = build(text)
    b.actor("haddad", "Omar Haddad", "person", "Mr. Haddad")
    quotes.annotate(b.analysis)
    (q,) = b.analysis.quotes
    assert q.speaker_text == "Mr. Haddad" and q.speaker == "haddad"
