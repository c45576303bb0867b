"""Edits on a text, `(start, end, replacement)`, and their composition: a chain of passes,
each editing the previous pass's output, folded into one list of edits on the original."""
from __future__ import annotations

from collections import Counter

Edit = tuple[int, int, str]


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for s, e, r in edits:
        out += [text[pos:s], r]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def compose(t0: str, ea: list[Edit], t1: str, eb: list[Edit]) -> list[Edit]:
    """Edits on t0 equivalent to applying `ea` to t0 (giving t1) and then `eb` to t1."""
    if not eb:
        return ea
    items: list[tuple[int, int, int, object]] = []  # (t1 start, t1 end, kind, payload)
    shift = 0
    for s, e, r in ea:
        items.append((s + shift, s + shift + len(r), 0, (s, e)))
        shift += len(r) - (e - s)
    items += [(s, e, 1, r) for s, e, r in eb]
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    out: list[Edit] = []
    shift_before = 0
    i, n = 0, len(items)
    while i < n:
        start, end = items[i][0], items[i][1]
        j = i + 1
        while j < n and items[j][0] <= end:  # overlapping or touching: one edit
            end = max(end, items[j][1])
            j += 1
        if j == i + 1:  # a lone edit (the usual case): the general step below, simplified
            _, _, kind, payload = items[i]
            if kind == 0:
                delta = (end - start) - (payload[1] - payload[0])
                out.append((start - shift_before, end - shift_before - delta, t1[start:end]))
                shift_before += delta
            else:
                out.append((start - shift_before, end - shift_before, payload))
            i = j
            continue
        group = items[i:j]
        i = j
        delta = sum(len(t1[g[0]:g[1]]) - (g[3][1] - g[3][0]) for g in group if g[2] == 0)
        o_start, o_end = start - shift_before, end - shift_before - delta
        local = [(g[0] - start, g[1] - start, g[3]) for g in group if g[2] == 1]
        out.append((o_start, o_end, apply_edits(t1[start:end], local)))
        shift_before += delta
    return [e for e in out if t0[e[0]:e[1]] != e[2]]


def _compose_one(t0: str, ea: list[Edit], t1: str, edit: Edit) -> list[Edit]:
    """compose() for a single edit on t1 (the dictionary repairs, one window at a time) over
    `ea` as compose() returns it: sorted, no two edits touching, none a no-op. Then the only
    group compose() can form is the edit with the ea edits it overlaps or touches in t1; every
    other ea edit comes out as it was. Linear in len(ea), without compose()'s sort."""
    bs, be, br = edit
    before: list[Edit] = []
    group: list[Edit] = []
    shift = 0  # len change of the ea edits before the group (t1 = t0 + shift there)
    k, n = 0, len(ea)
    while k < n:
        s, e, r = ea[k]
        if s + shift + len(r) >= bs:
            break
        before.append(ea[k])
        shift += len(r) - (e - s)
        k += 1
    start, end, delta = bs, be, 0
    gshift = shift
    while k < n:
        s, e, r = ea[k]
        s1 = s + gshift
        if s1 > be:
            break
        group.append(ea[k])
        start, end = min(start, s1), max(end, s1 + len(r))
        delta += len(r) - (e - s)
        gshift += len(r) - (e - s)
        k += 1
    o_start, o_end = start - shift, end - shift - delta
    piece = t1[start:end]
    out = before
    merged = (o_start, o_end, piece[:bs - start] + br + piece[be - start:])
    if t0[o_start:o_end] != merged[2]:
        out.append(merged)
    out += ea[k:]
    return out


class Fixer:
    """The text as repaired so far, and the edits that lead there from the original."""

    def __init__(self, text: str) -> None:
        self.text = self.current = text
        self.edits: list[Edit] = []
        self.counts: Counter = Counter()

    def apply(self, step: list[Edit], kind: str | None = None) -> None:
        if kind:
            self.counts[kind] += len(step)
        if step:
            nxt = apply_edits(self.current, step)
            # self.edits is compose()'s output (sorted, untouching, no no-op): for one edit,
            # the linear special case gives the same list.
            if len(step) == 1:
                self.edits = _compose_one(self.text, self.edits, self.current, step[0])
            else:
                self.edits = compose(self.text, self.edits, self.current, step)
            self.current = nxt
