"""Officials: a person named in Thai and again in Latin script (a bilingual release's English part:
"นายวรเชษฐ์ อินทร์แก้ว นายอำเภอท่าสองยาง" … "Mr. Worachet Inkaew, District Chief of Tha Song
Yang") is one person, kept as named in Thai.

A Latin name is the romanization of a Thai one when both words sound alike: each word is read as
a skeleton of consonant classes (the sounds romanizations write alike: ก/ค/ข and k/g/kh, พ/บ/ภ and
p/b/ph, a final ร/ล/ณ and n …; vowels left out, silent letters under the karan dropped), and the
skeletons of the given names and of the family names must open alike and mostly agree. A foreign
name (Ingrid Holm, Kenji Watanabe) matches no Thai one; a short name says too little to tell.
Only mentions are dropped here, never joined: a Latin person no Thai name matches stays.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

_CLASSES = {
    "k": "กขฃคฅฆ", "c": "จฉชฌ", "s": "ซศษส", "t": "ดตถทธฎฏฐฑฒ", "n": "นณ", "p": "บปพภผ",
    "f": "ฝฟ", "m": "ม", "y": "ยญ", "r": "รฤ", "l": "ลฬ", "w": "ว", "h": "หฮ", "N": "ง",
}
_THAI_CLASS = {ch: k for k, chars in _CLASSES.items() for ch in chars}
# The sound of a word's last consonant (a final): ร ล ณ ญ sound n, ส ศ ด ท … t, บ พ … p.
_FINAL = {**{c: "n" for c in "รลญณฬ"}, **{c: "t" for c in "จชซศษสดตถทธฎฏฐฑฒ"},
          **{c: "p" for c in "บปพภฟ"}, **{c: "k" for c in "กขคฆ"}, "ย": "", "ว": "w"}
_SILENT = re.compile("(?:[ทต]ร|[\u0e01-\u0e2e][\u0e34\u0e38]?)\u0e4c")  # ทร์, ดิ์, ธุ์: unsounded
_LEAD_H = re.compile("ห(?=[งญนมยรลว])")  # ห leading a sonorant (หนู, หวาน) is not sounded
_IA = re.compile("\u0e35ย")  # the ย of the vowel เ-ีย
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_AFTER_VOWEL = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e32" + _TONES)
_SYLLABLE_START = frozenset("เแโใไ") | frozenset(_THAI_CLASS)
_LATIN_PAIRS = (("ng", "N"), ("ph", "p"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("sh", "c"),
                ("j", "c"), ("g", "k"), ("b", "p"), ("d", "t"), ("v", "w"), ("q", "k"),
                ("x", "s"), ("z", "s"))
_LATIN_VOWEL = re.compile("[aeiou]|y(?![aeiou])")  # y before a vowel is a consonant (Piyanuch)
# An r after a vowel before n or a word's end (Charn, Siriporn) is not sounded; a final l or r is
# written for a final ล / ร, which sounds n (Pikul, Sakol).
_SILENT_R = re.compile("(?<=[aeiouy])r(?=n|$)")
_FINAL_LR = re.compile("(?<=[aeiouy])[lr]$")
_FINAL_T = re.compile("(?<=[aeiouy])(?:ch|s|d|j)$")  # a final จ ช ศ ส ด sounds t (Nuch, Yos)
_NOT_CLASS = re.compile("[^a-zN]")
_RUNS = re.compile(r"(.)\1+")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'\-]+ [A-Za-z][A-Za-z'\-]+")
_THAI_NAME = re.compile("[\u0e01-\u0e4e]+ [\u0e01-\u0e4e]+")
MIN_RATIO = 0.75  # how much of two words' skeletons must agree
MIN_BOTH = 1.7  # and of the two words' together (sum of the two ratios): near-misses in both
MIN_SKELETON = 5  # classes the two Thai words hold at least: shorter names say too little


def thai_skeleton(word: str) -> str:
    """The consonant classes of a Thai word ("V" first when it opens with the vowel carrier อ).
    A consonant closing its syllable (after a vowel sign, before the next syllable or at the
    word's end) takes its sound as a final; ห inside a word is left out, as Latin h is."""
    w = _IA.sub("\u0e35", _LEAD_H.sub("", _SILENT.sub("", word)))
    out = []
    for i, ch in enumerate(w):
        if ch == "\u0e33":  # sara am: the vowel and its m
            out.append("m")
        elif ch in _THAI_CLASS and not (ch in "หฮ" and i):
            out.append(_FINAL.get(ch, _THAI_CLASS[ch]) if i and _closes(w, i) else _THAI_CLASS[ch])
    return ("V" if w[:1] == "อ" else "") + _RUNS.sub(r"\1", "".join(out))


def _closes(w: str, i: int) -> bool:
    """Whether the consonant at `i` closes its syllable: at the word's end (tone marks aside) or
    before another syllable's start, after a vowel sign or another consonant of the syllable."""
    j = i + 1
    while j < len(w) and w[j] in _TONES:
        j += 1
    if j < len(w) and w[j] not in _SYLLABLE_START:
        return False  # a vowel sign follows: the consonant opens its syllable
    prev = w[i - 1]
    return j == len(w) or prev in _AFTER_VOWEL or prev in _THAI_CLASS and i >= 2


def latin_skeleton(word: str) -> str:
    """The consonant classes of a romanized word ("V" first when it opens with a vowel)."""
    w = _FINAL_T.sub("t", _FINAL_LR.sub("n", _SILENT_R.sub("", word.lower())))
    for a, b in _LATIN_PAIRS:
        w = w.replace(a, b)
    lead = "V" if _LATIN_VOWEL.match(w) else ""
    w = w[:1] + w[1:].replace("h", "")  # (an h after the first letter is no consonant: Sarah)
    return lead + _RUNS.sub(r"\1", _NOT_CLASS.sub("", _LATIN_VOWEL.sub("", w)))


def _alike(thai: str, latin: str) -> float:
    """How much the words' skeletons agree (0 when they open with different sounds)."""
    a, b = thai_skeleton(thai), latin_skeleton(latin)
    if not (a and b and a[0] == b[0]):
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def romanized(thai_name: str, latin_name: str) -> bool:
    """Whether a Latin "Given Family" name romanizes the Thai "given family" name."""
    if not (_THAI_NAME.fullmatch(thai_name) and _LATIN_NAME.fullmatch(latin_name)):
        return False
    given, family = thai_name.split(" ")
    if len(thai_skeleton(given)) + len(thai_skeleton(family)) < MIN_SKELETON:
        return False
    lgiven, lfamily = latin_name.split(" ")
    a, b = _alike(given, lgiven), _alike(family, lfamily)
    return min(a, b) >= MIN_RATIO and a + b >= MIN_BOTH


def latin_repeats(names: dict[str, str]) -> set[str]:
    """The keys of the Latin names (key -> full name) that romanize one of the Thai names."""
    latin = [(k, n) for k, n in names.items() if n[:1].isascii()]
    if not latin:
        return set()
    thai = [n for n in names.values() if _THAI_NAME.fullmatch(n)]
    return {k for k, n in latin if any(romanized(t, n) for t in thai)}
