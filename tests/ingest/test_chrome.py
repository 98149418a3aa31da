from warscope.ingest.chrome import is_chrome_line, parse_copyright, split_title, strip_chrome

SCRAPED = """top of page

Rebels Cut Supply Road Into Provincial Capital

Share on Facebook
Tweet
Armed men blocked the road south of the town on Sunday, residents said.

They set fire to two lorries.

(c) 2022 The Valley Monitor
Featured Review
Tag Cloud
bottom of page
"""


def test_chrome_lines_are_removed_and_paragraphs_kept():
    cleaned = strip_chrome(SCRAPED)
    for chrome in ("top of page", "Share on Facebook", "Tweet", "Featured Review", "Tag Cloud", "bottom of page"):
        assert chrome not in cleaned.text
    assert "Armed men blocked the road" in cleaned.text
    assert "residents said.\n\nThey set fire" in cleaned.text
    assert cleaned.removed_lines == 7


def test_copyright_footer_gives_source_and_year():
    cleaned = strip_chrome(SCRAPED)
    assert cleaned.copyright_name == "The Valley Monitor"
    assert cleaned.copyright_year == 2022
    assert "(c) 2022" not in cleaned.text


def test_copyright_forms():
    assert parse_copyright("© 2024 Horn Ledger. All rights reserved.") == ("Horn Ledger", 2024)
    assert parse_copyright("Copyright 2019 Example News") == ("Example News", 2019)
    assert parse_copyright("Copyright © 2015-2020 Some Agency") == ("Some Agency", 2015)
    assert parse_copyright("The copyright dispute went to court in 2019.") is None


def test_article_sentences_are_not_chrome():
    assert not is_chrome_line("Police said the share of deaths had risen.")
    assert not is_chrome_line("Home to 200,000 people, the town has no hospital.")
    assert is_chrome_line("  Share this article  ")
    assert is_chrome_line("Follow us on Telegram")
    assert is_chrome_line("12 Comments")


def test_title_is_first_heading_like_line():
    title, body = split_title(strip_chrome(SCRAPED).text)
    assert title == "Rebels Cut Supply Road Into Provincial Capital"
    assert body.startswith("Armed men blocked")


def test_no_title_when_text_starts_with_a_sentence():
    text = "Gunmen killed three traders near the market on Monday, police said.\n\nNo group claimed it."
    title, body = split_title(text)
    assert title is None
    assert body == text
