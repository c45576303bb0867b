"""Lead keys: short strings one of which begins every match of a pattern, found in a whole
document by one Aho-Corasick pass (pyahocorasick, in C) instead of a regex scan.

A rule's `first` pattern (prefilter.py, or its `start` promise; else its own pattern) and its
`anchor` are scanned for once per document. For a lexicon alternation (titles, months, number
words) the scan is the costly part: `re` tries the alternation at every position of the text.
Their lead keys (every match starts with one of them) let an automaton report the few places
worth trying; the pattern itself then decides there, so what is found is exactly what the scan
finds (tests/test_rule_promises.py compares the two over the corpus).

The keys are read off the pattern by Python's own `re` parser, and only where that is certain:
literals, small character classes, \\s, groups and alternatives are followed, repetitions
unrolled, up to LENGTHS[0] characters; zero-width assertions are skipped (they only narrow where
a match begins), except a lookahead that ends the pattern, whose text the keys run on into.
Where the pattern goes on with something else (".", a negated or large class, a back-reference,
case-blind matching), the key so far stands; with nothing so far, there are no keys and the
caller scans as before.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

import ahocorasick

try:  # the parser behind re.compile; private, so any change there only costs the fast path
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python < 3.11 is not supported anyway
    _C = _P = None  # type: ignore[assignment]

# Longer keys report fewer places that are no match ("ที่" is everywhere, "ที่อยู่" is not);
# where they multiply past MAX_KEYS, shorter ones are tried.
LENGTHS = (6, 3)
MAX_KEYS = 4000
MAX_CLASS = 40
_PARSE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
# What \s matches in a str pattern (all of it lies below U+3001).
_SPACES = tuple(c for c in map(chr, range(0x3001)) if re.match(r"\s", c))


class _Unbounded(Exception):
    """What comes next in the pattern is not a small finite set of strings."""


class _TooMany(Exception):
    """More than MAX_KEYS keys."""


def _class(items: list[tuple[Any, Any]], blind: bool = False) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(chr(av))
        elif op is _C.RANGE and av[1] - av[0] <= MAX_CLASS:
            out += map(chr, range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            out += _SPACES
        else:  # a negation, another category, a large range
            raise _Unbounded
    if blind:
        out = [v for c in out for v in _cases(c)]
    if len(out) > MAX_CLASS:
        raise _Unbounded
    return out


# What `regex` (and `re`) match case-blind beside a character's own upper and lower case;
# found by trying every code point (tests/test_leads.py does again). Only ASCII, Thai and
# spaces are read case-blind: other characters may have more forms.
_MORE_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}  # and `re`'s "ı"
_FULL_CASE = 0x4000 | 0x100  # regex.FULLCASE, regex.VERSION1 (full case folding by default)


def _cases(c: str) -> list[str]:
    """Every character `regex` matches `c` with, case-blind (ASCII, the Thai block, spaces)."""
    if not (c.isascii() or "\u0e00" <= c <= "\u0e7f" or c.isspace()):
        raise _Unbounded
    low = c.lower()
    if low == c.upper():
        return [c]
    return [low, low.upper()] + list(_MORE_CASES.get(low, ""))


class _Analysis:
    """The keys of a parsed pattern, read by following its items in order. What follows a
    point of the pattern (a `_Rest`) and how many characters a key may still take decide the
    keys' remainders from there, so each is worked out once: unrolled repetitions and shared
    tails reach the same points over and over (the rules' spaces and digits: tens of thousands
    of times without this)."""

    def __init__(self, blind: bool):
        self.blind = blind
        self.memo: dict[tuple[int, int, bool], frozenset[str]] = {}
        self.rests: dict[tuple[int, int, int], _Rest] = {}
        self.again: dict[tuple[Any, int, int, int], list] = {}  # one list per repeat remainder

    def rest(self, seq: list, i: int, then: _Rest | None) -> _Rest | None:
        """The point before seq[i] followed by `then`; one object per point (memo keys)."""
        if i >= len(seq):
            return then
        key = (id(seq), i, id(then))
        got = self.rests.get(key)
        if got is None:
            got = self.rests[key] = _Rest(seq, i, then)
        return got

    def keys(self, at: _Rest | None, room: int, first: bool) -> frozenset[str]:
        """The key remainders of a match going on from `at` with `room` characters still to
        take; `first`: nothing taken so far (then something unbounded means no keys at all:
        raises _Unbounded; after something, the key so far stands: the remainder "")."""
        if room <= 0 or at is None:
            return _EMPTY
        memo_key = (id(at), room, first)
        got = self.memo.get(memo_key)
        if got is None:
            try:
                got = self.next(at.seq[at.i], self.rest(at.seq, at.i + 1, at.then), room, first)
            except _Unbounded:
                if first:
                    raise
                got = _EMPTY
            if len(got) > MAX_KEYS:  # each remainder makes a key of its own with the key so far
                raise _TooMany
            self.memo[memo_key] = got
        return got

    def chars(self, chars: list[str], rest: _Rest | None, room: int) -> frozenset[str]:
        after = self.keys(rest, room - 1, False)
        if len(chars) * len(after) > MAX_KEYS:  # as many keys, all different: too many
            raise _TooMany
        return frozenset(c + k for c in chars for k in after)

    def next(self, item: tuple[Any, Any], rest: _Rest | None, room: int,
             first: bool) -> frozenset[str]:
        op, av = item
        if op is _C.LITERAL:
            return self.chars(_cases(chr(av)) if self.blind else [chr(av)], rest, room)
        if op is _C.IN or op is _C.CATEGORY:
            return self.chars(_class(av if op is _C.IN else [(op, av)], self.blind), rest, room)
        if op is _C.ASSERT and av[0] == 1 and rest is None:
            # A lookahead ending the pattern: the text goes on with what it looks for.
            return self.keys(self.rest(av[1].data, 0, None), room, first)
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            # Zero width: narrows where a match begins, eats nothing.
            return self.keys(rest, room, first)
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE and not self.blind:  # (?i:…) would need its cases only inside
                raise _Unbounded
            return self.keys(self.rest(av[-1].data, 0, rest), room, first)
        if op is getattr(_C, "ATOMIC_GROUP", None):
            return self.keys(self.rest(av.data, 0, rest), room, first)
        if op is _C.BRANCH:
            return frozenset().union(*(self.keys(self.rest(alt.data, 0, rest), room, first)
                                       for alt in av[1]))
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            return self.repeat(op, av, rest, room, first)
        raise _Unbounded  # ".", a back-reference, a conditional group …

    def repeat(self, op: Any, av: tuple[int, int, Any], rest: _Rest | None, room: int,
               first: bool) -> frozenset[str]:
        lo, hi, body = av
        out = self.keys(rest, room, first) if lo == 0 else frozenset()  # no repetition
        if hi == 0:
            return out
        if body.getwidth()[0] == 0:  # may repeat without consuming: once, then stop
            return out | self.keys(self.rest(body.data, 0, None), room, first)
        # Once, then the rest of the repetitions (" -", "  -" … up to the key length).
        if hi != 1:
            more = (max(lo - 1, 0), hi if hi == _C.MAXREPEAT else hi - 1)
            key = (op, *more, id(body))
            if key not in self.again:
                self.again[key] = [(op, (*more, body))]
            rest = self.rest(self.again[key], 0, rest)
        return out | self.keys(self.rest(body.data, 0, rest), room, first)


class _Rest(NamedTuple):
    """A point of the pattern: before seq[i], then what `then` holds."""
    seq: list
    i: int
    then: _Rest | None


_EMPTY = frozenset({""})  # the key so far stands


def lead_keys(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which begins every match of `pattern` (as Python's `re` reads it), none
    a prefix of another; None when that set is not small, finite and certain."""
    if _P is None or flags & _FULL_CASE:  # full case folding: "ss" matches "ß"
        return None
    flags &= _PARSE_FLAGS  # a `regex` pattern's flags: only these mean the same to `re`
    try:
        tree = _P.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    # the flag, or (?i) starting the pattern; one analysis for both lengths (a remainder's
    # keys depend on the room left, not on the length asked for)
    analysis = _Analysis(bool(tree.state.flags & re.IGNORECASE))
    start = analysis.rest(tree.data, 0, None)
    for size in LENGTHS:
        try:
            found = analysis.keys(start, size, True) if start is not None else _EMPTY
        except _TooMany:
            continue
        except (_Unbounded, RecursionError):
            return None
        if "" in found:  # the pattern can begin a match with nothing certain
            return None
        return _shortest(found)
    return None


def _shortest(keys: frozenset[str]) -> frozenset[str]:
    """The keys no other key is a prefix of. In sorted order a key's prefix comes first and
    every key between the two begins with it: a key is kept unless it begins with the last
    one kept."""
    out: list[str] = []
    last = None
    for key in sorted(keys):
        if last is None or not key.startswith(last):
            out.append(key)
            last = key
    return frozenset(out)


def sure(pattern: re.Pattern, keys: frozenset[str]) -> bool:
    """Does `pattern` match wherever one of its lead `keys` begins, in any text and in any
    window (match.windows) that holds the place? So where each key is a whole match, without
    line breaks (a window ends after one, so no key runs past its end), and nothing in the
    pattern looks at what surrounds a match or stops a try short (lookarounds, anchors,
    back-references, possessive and atomic parts): the rule need not check it there."""
    if _P is None or any("\n" in k or pattern.fullmatch(k) is None for k in keys):
        return False
    try:
        tree = _P.parse(pattern.pattern, pattern.flags & _PARSE_FLAGS)
    except (re.error, RecursionError, TypeError, ValueError):
        return False
    return _context_free(tree.data)


def _context_free(items: Any) -> bool:
    for op, av in items:
        if op is _C.BRANCH:
            if not all(_context_free(alt.data) for alt in av[1]):
                return False
        elif op is _C.SUBPATTERN:
            if not _context_free(av[-1].data):
                return False
        elif op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
            if not _context_free(av[2].data):
                return False
        elif op not in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY, _C.CATEGORY):
            return False
    return True


MAX_NOT_AFTER = 400  # characters a leading negative lookbehind may exclude (the Thai block: 128)


def not_after(pattern: str, flags: int = 0) -> str | None:
    """The characters no match of `pattern` (as `re` reads it) can follow: those of a negative
    lookbehind of one character (a literal or a plain set) among the zero-width items that
    begin it, e.g. (?<![ \t\n]) or (?<![\u0E00-\u0E7F]). A lead key that begins right
    after one is no match: such places need no try. None when there is no such lookbehind."""
    flags &= _PARSE_FLAGS
    if _P is None or flags & re.IGNORECASE:
        return None
    try:
        tree = _P.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    out: set[str] = set()
    for op, av in tree.data:
        if op is _C.ASSERT_NOT and av[0] == -1 and len(av[1].data) == 1:
            out.update(_chars(av[1].data[0]))
        elif op not in (_C.ASSERT, _C.ASSERT_NOT):
            break
    return "".join(sorted(out)) or None


def _chars(item: tuple[Any, Any]) -> list[str]:
    """The characters of one literal or plain set, or none when it is anything else."""
    op, av = item
    if op is _C.LITERAL:
        return [chr(av)]
    if op is not _C.IN:
        return []
    out: list[str] = []
    for kind, value in av:
        if kind is _C.LITERAL:
            out.append(chr(value))
        elif kind is _C.RANGE and value[1] - value[0] < MAX_NOT_AFTER:
            out += map(chr, range(value[0], value[1] + 1))
        else:  # a negation, a category, a large range
            return []
    return out if len(out) <= MAX_NOT_AFTER else []


def after_none_of(text: str, places: list[int], chars: str) -> list[int]:
    """The places not right after one of `chars` (see not_after)."""
    return [at for at in places if not at or text[at - 1] not in chars]


def skips_ahead(pattern: re.Pattern) -> bool:
    """Does `re`'s search skip to the next place where `pattern` may begin, without trying it
    at each position in between? So when it opens with a literal or a set, or with
    alternatives each opening with a literal (what `re`'s compiler reads a first character
    from); False when not sure."""
    if _P is None:
        return False
    try:
        items = _P.parse(pattern.pattern, pattern.flags & _PARSE_FLAGS).data
    except (re.error, RecursionError, TypeError, ValueError):
        return False
    while items:
        op, av = items[0]
        if op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group adding no flags
            items = av[-1].data
        elif op is _C.LITERAL or op is _C.IN:
            return True
        elif op is _C.BRANCH:
            return all(alt.data and alt.data[0][0] is _C.LITERAL for alt in av[1])
        else:
            return False
    return False


def opens_line(pattern: re.Pattern) -> bool:
    """Does every match of `pattern` begin at "^" (its first item) and hold a character?"""
    if _P is None:
        return False
    try:
        tree = _P.parse(pattern.pattern, pattern.flags & _PARSE_FLAGS)
    except (re.error, RecursionError, TypeError, ValueError):
        return False
    return bool(tree.data) and tree.data[0] == (_C.AT, _C.AT_BEGINNING) \
        and tree.getwidth()[0] > 0


def worth_it(keys: frozenset[str]) -> bool:
    """Is the automaton better than a scan for these keys? The one pass over the text is made
    anyway, so a key set costs only the places it reports. Not worth it when a key is only
    digits (numbers are everywhere: `re` skips to the next digit as fast, and the automaton
    would report each); a digit with what must follow it ("1/2" of a numeric date) is rare
    enough. Keys of spaces only are as common, and worth it only beside keys beginning with
    other characters, which a scan could not skip to at once either."""
    if any(_is_digit(k[0]) and all(_is_digit(c) or c.isspace() for c in k) for k in keys):
        return False
    return len({k[0] for k in keys}) > 1 or not any(k.isspace() for k in keys)


def _is_digit(c: str) -> bool:
    return "0" <= c <= "9"


class LeadScan:
    """One automaton over several key sets: one pass over a text tells, for each set, every
    place where one of its keys begins."""

    def __init__(self, key_sets: list[frozenset[str]]):
        self.size = len(key_sets)
        owners: dict[str, list[int]] = {}
        for i, keys in enumerate(key_sets):
            for key in keys:
                owners.setdefault(key, []).append(i)
        self._auto = ahocorasick.Automaton()
        for key, which in owners.items():
            self._auto.add_word(key, (len(key) - 1, tuple(which)))
        if owners:
            self._auto.make_automaton()

    def scan(self, text: str) -> list[list[int]]:
        """For each key set, the sorted places in `text` where one of its keys begins. A set
        has at most one key beginning at a place (none is a prefix of another)."""
        found: list[list[int]] = [[] for _ in range(self.size)]
        if not self.size or not len(self._auto):
            return found
        for end, (back, which) in self._auto.iter(text):
            for i in which:
                found[i].append(end - back)
        for places in found:
            places.sort()  # reported by where keys end; a longer key can begin earlier
        return found
