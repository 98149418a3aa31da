import pytest

from warscope.ingest import (
    MAX_TEXT_BYTES,
    InputError,
    decode_bytes,
    document_from_bytes,
    document_from_text,
    looks_like_html,
    read_path,
)
from tests.conftest import FIXTURES


def test_plain_text_document():
    doc = document_from_text("Clash In The Hills\n\nSoldiers and rebels fought near the border on Friday.\n")
    assert doc.title == "Clash In The Hills"
    assert doc.text == "Soldiers and rebels fought near the border on Friday."
    assert doc.id.startswith("doc-")
    # The id is a content hash: the same text gives the same id.
    assert document_from_text("Clash In The Hills\n\nSoldiers and rebels fought near the border on Friday.").id == doc.id


def test_html_goes_through_trafilatura():
    data = (FIXTURES / "report.html").read_bytes()
    assert looks_like_html(data)
    doc = document_from_bytes(data)
    assert doc.title == "Clashes near Goma displace thousands"
    assert doc.source == "Lakeside Courier"
    assert doc.published == "2023-11-02"
    assert "M23 rebels" in doc.text
    assert "Football results" not in doc.text
    assert "Subscribe" not in doc.text


def test_user_values_win_over_metadata():
    data = (FIXTURES / "report.html").read_bytes()
    doc = document_from_bytes(data, published="2023-11-03", source="Wire")
    assert doc.published == "2023-11-03"
    assert doc.source == "Wire"


def test_legacy_encoding_is_decoded():
    text = "Les rebelles ont attaqué la ville de Bunia à l'aube, selon des témoins sur place. " * 3
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty input"),
        (b"   \n\t  ", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(128, 256)) * 40, "UTF-8"),
    ],
)
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        document_from_bytes(data)


def test_oversize_text_is_refused():
    with pytest.raises(InputError, match="too large"):
        document_from_text("Gunmen attacked a village. " * (MAX_TEXT_BYTES // 20))


def test_only_chrome_is_refused():
    with pytest.raises(InputError, match="no article text"):
        document_from_text("top of page\nTag Cloud\nbottom of page\n")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)
