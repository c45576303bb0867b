"""Token starts read off newmm lazily (windows between hard spaces, a whole-word window without
running newmm, trigger lines found on demand) give the same answers as the full line's Doc.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from thaidocx.normalize import normalize
from thaidocx.tokenize import Tokens, _trigger_lines, _trigger_regex, tokenize, tokenize_line

# Each text is checked at every position, against the Doc of each whole line.
TEXTS = [
    pytest.param("โดยนายสมชาย ใจดี และนางมาลี ศรีสุข", id="glued-titles"),
    pytest.param("วันที่ 12 มิถุนายน 2567 ขอบคุณนางสาววรรณภา", id="title-inside-a-word"),
    pytest.param("กิจกรรมต่าง ๆ โดยนายสมชาย สด ๆ ร้อน ๆ", id="dictionary-words-holding-a-space"),
    pytest.param("ซื่อ ๆ นายก ข ไม่กระดิกหู", id="spaced-word-across-the-window-start"),
    pytest.param("นาย\tสมชาย  ใจดี   นางมาลี", id="tabs-and-space-runs"),
    pytest.param("งบ 1,000.50 บาท นาย1,000คน 12:30น.", id="formatted-numbers"),
    pytest.param("ABCนายสมชาย (นาง)มาลี ผอ.รพ.สต.นายสมศักดิ์", id="non-thai-and-dots"),
    pytest.param("มิถุนายน นายสมชาย\nคุณภาพ\n\nนางสาว", id="one-word-windows-and-lines"),
    pytest.param("ประชุมโดยนายสมชาย" * 150 + " นางมาลี", id="line-longer-than-a-chunk"),
]


def _truth(text: str, rules) -> dict[int, bool | None]:
    """starts_token by definition: the offsets of each trigger line's Doc."""
    starts, ends = _trigger_lines(text, rules.derived(_trigger_regex))
    out: dict[int, bool | None] = {p: None for p in range(len(text) + 1)}
    for s, e in zip(starts, ends):
        offsets = {s + t.idx for t in tokenize_line(text[s:e], rules)}
        for p in range(s, e + 1):
            out[p] = p in offsets and p < e
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_starts_token_matches_the_line_doc(text, rules):
    text = normalize(text).text
    truth = _truth(text, rules)
    lazy = tokenize(normalize(text), rules)
    # Positions asked in reverse order too: windows and lines are cached as they are read.
    for p in list(range(len(text) + 1))[::-1]:
        assert lazy.starts_token(p) == truth[p], (p, text[max(0, p - 10):p], text[p:p + 10])


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_lines_on_demand_match_the_whole_text_scan(text, rules):
    text = normalize(text).text
    trigger = rules.derived(_trigger_regex)
    starts, ends = _trigger_lines(text, trigger)
    eager = Tokens(text, starts, ends, rules)
    lazy = Tokens(text, None, None, rules, trigger)
    positions = range(len(text) + 2)
    assert [lazy._line(p) for p in positions] == [eager._line(p) for p in positions]
    assert (lazy.starts, lazy.ends) == (starts, ends)


@pytest.fixture(scope="module")
def full_trie():
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    return Trie(thai_words())


DOMAIN = ("รพ.สต.", "อสม.", "นายสมชาย", " สสอ. ")  # a word a Trie strips, one holding a title


@pytest.mark.parametrize("domain", [(), DOMAIN], ids=["pythainlp-words", "with-domain-words"])
@pytest.mark.parametrize("text", TEXTS + [pytest.param("รพ.สต.บ้านนา อสม.นายสมชาย สสอ.", id="domain")])
def test_dictionary_gives_the_prefixes_of_a_trie_of_its_words(text, domain, full_trie):
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    from thaidocx.newmmdict import dictionary

    trie = full_trie if not domain else Trie(set(thai_words()) | set(domain))
    ours = dictionary(domain).trie
    for i in range(len(text) + 1):
        assert ours.prefixes(text, i) == trie.prefixes(text, i), i


@pytest.mark.parametrize("text", TEXTS)
def test_repair_segmentation_is_newmm_with_the_pythainlp_dictionary(text, full_trie):
    from pythainlp.tokenize.newmm import segment

    from thaidocx.thaidict import segment as repair_segment


    assert repair_segment(text) == list(segment(text, custom_dict=full_trie))
