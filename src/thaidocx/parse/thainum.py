"""Thai numbers written with words or multiplier words, as Decimal.

Handles digits with multiplier words ("6 แสน", "1.5 ล้าน", "2.5 หมื่นล้าน", "2 หมื่น 5 พัน",
"12,500 ล้าน", "3.3 ล."), number words ("สองหมื่นห้าพัน", "ยี่สิบเอ็ด", "หนึ่งล้านห้าแสน") and
mixtures ("1 แสนห้าหมื่น"). The words themselves are data: the lexicons `thainum_digit` and
`thainum_multiplier` in rules/money.toml (a user rule folder may add terms).

    >>> parse_thai_number("2 หมื่น 5 พัน")
    Decimal('25000')
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from ..ruleset import RuleSet, load_rules
from ..literal_re import Pattern, literal_regex

_THAI_DIGITS = {ord("๐") + i: ord("0") + i for i in range(10)}
_DIGITS_RE = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
# ล้าน and above multiply everything said before them ("หนึ่งแสนล้าน" = 1e11): the Thai scale.
_SCALE = 1_000_000


@dataclass(frozen=True)
class NumberWords:
    """Digit words and multiplier words, and a tokenizer built from them."""

    digits: dict[str, int]
    multipliers: dict[str, int]
    tokenizer: Pattern

    @classmethod
    def from_rules(cls, rules: RuleSet) -> NumberWords:
        digits = {k: int(v) for k, v in rules.lexicon("thainum_digit").table.items()}
        mults = {k: int(v) for k, v in rules.lexicon("thainum_multiplier").table.items()}
        words = sorted({*digits, *mults}, key=len, reverse=True)  # longest first: สิบ before สิ
        alternation = "|".join(regex.escape(w) for w in words)
        tokenizer = literal_regex(rf"(?P<num>{_DIGITS_RE})|(?P<word>{alternation})|(?P<sp>\s+)")
        return cls(digits, mults, tokenizer)

    def tokens(self, text: str) -> list[tuple[str, Decimal]] | None:
        """("n", value) for digits / digit words, ("m", factor) for multipliers; None on junk."""
        out: list[tuple[str, Decimal]] = []
        pos = 0
        while pos < len(text):
            m = self.tokenizer.match(text, pos)
            if m is None or m.end() == pos:
                return None
            pos = m.end()
            if m.lastgroup == "num":
                try:
                    out.append(("n", Decimal(m.group().replace(",", ""))))
                except InvalidOperation:
                    return None
            elif m.lastgroup == "word":
                w = m.group()
                if w in self.multipliers:
                    out.append(("m", Decimal(self.multipliers[w])))
                else:
                    out.append(("n", Decimal(self.digits[w])))
        return out


def evaluate(tokens: list[tuple[str, Decimal]]) -> Decimal | None:
    """The value of a token sequence, or None when it is not a well-formed number.

    `section` collects the part below a million (digit x multiplier, summed); a scale word
    (ล้าน) multiplies everything so far, so "2.5 หมื่นล้าน" = 2.5 x 10,000 x 1,000,000.
    """
    if not tokens:
        return None
    result = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    for kind, value in tokens:
        if kind == "n":
            if current is not None:  # two numbers in a row ("5 25"): not one number
                return None
            current = value
        elif value >= _SCALE:
            base = section + (current if current is not None else 0)
            if base == 0 and result == 0:
                base = Decimal(1)  # "ล้านบาท" alone: one million
            result = (result + base) * value
            section, current = Decimal(0), None
        else:
            section += (current if current is not None else Decimal(1)) * value
            current = None
    return result + section + (current if current is not None else 0)


def number_words(rules: RuleSet) -> NumberWords:
    """The NumberWords of a RuleSet, built once per RuleSet."""
    return rules.derived(NumberWords.from_rules)


@lru_cache(maxsize=1)
def _default_words() -> NumberWords:
    return NumberWords.from_rules(load_rules())


def parse_thai_number(text: str, words: NumberWords | None = None) -> Decimal | None:
    """"6 แสน" -> 600000, "สองหมื่นห้าพัน" -> 25000, "๑,๐๐๐" -> 1000; None if not a number."""
    toks = (words or _default_words()).tokens(text.translate(_THAI_DIGITS).strip())
    return evaluate(toks) if toks else None


def multiplier_factor(text: str, words: NumberWords | None = None) -> Decimal:
    """The product of the multiplier words at the END of `text`: "2 พัน" -> 1000, "5" -> 1.

    Used for shared multipliers in ranges: "1-2 พันบาท" means 1,000 to 2,000.
    """
    toks = (words or _default_words()).tokens(text.translate(_THAI_DIGITS).strip()) or []
    factor = Decimal(1)
    for kind, value in reversed(toks):
        if kind != "m":
            break
        factor *= value
    return factor


def spoken_value(text: str, words: NumberWords | None = None) -> Decimal | None:
    """A spoken short form: a digit word after the last multiplier counts one place lower.

    "สองพันห้า" -> 2500, "สองหมื่นแปดพันห้า" -> 28500, "สามพันเก้า" -> 3900 (the formal
    reading 2005 is never what a speaker means). Only multipliers from พัน up shorten this way
    ("สามร้อยห้า" is read both ways; "ล้านห้า" is 1.5 million); None when `text` is not such a form.
    """
    toks = (words or _default_words()).tokens(text.translate(_THAI_DIGITS).strip())
    if not toks or len(toks) < 3 or toks[-1][0] != "n" or toks[-2][0] != "m":
        return None
    unit = toks[-2][1]
    head = evaluate(toks[:-1])
    if head is None or unit < 1000:
        return None
    return head + toks[-1][1] * unit / 10


def as_number(value: Decimal) -> int | float:
    """A Decimal amount as int when whole, else float rounded to satang (2 places)."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 2))
