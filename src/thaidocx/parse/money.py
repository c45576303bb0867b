"""Parse money matches into Budget items: amount, role, amount in words, funding source.

The rules (rules/money.toml) find each stated amount; here each match becomes one item per
amount (a range "500 - 1,000 บาท" gives two). The role comes from the words around the
amount, in this order of strength:
  unit   - a rate: "x 30 บาท", "คนละ 500 บาท", "30 บาท/คน", "300 บาทต่อคน", "ราคา ...";
  item   - on a line that opens with a line-item cue ("ค่าอาหาร ...");
  other  - a donation, salary, money spent or left over ... in the clause before it;
  item   - the product of a rate stated earlier on the line ("46 คน x 30 บาท x 6 ครั้ง
           เป็นเงิน 8,280 บาท"), unless it sums the line up (รวม ...) or a budget word names it
           and it is no product of the rate ("(อันละ 120 บาท) ใช้งบประมาณ … 9,850 บาท");
  other  - the sum (รวม) of a rate paid out ("เงินรางวัลแห่งละ 10,000 บาท รวม 120,000 บาท");
  the nearest cue before it in the clause (งบประมาณ / เป็นเงิน / รวม -> total, ค่า... -> item);
  other  - when nothing says more.
Numbers in budget tables take their role from the column and the row (parse/money_table.py).
Then, over the whole document: a total that follows line items and is smaller than a total
on a later line is a subtotal (item), so the first total is the project's budget, whether
stated above the breakdown or below it; and a list of projects each with its own total
(minutes approving several projects) has no single budget (those totals become other).
The members of a list sharing one currency word ("(500 / 300 / 200 บาท)") share one role.
Words repeating the digits ("20,000 บาท (สองหมื่นบาทถ้วน)") are kept as `words` of the same
item, with a warning `amount_words_mismatch` when they disagree.
"""
from __future__ import annotations

from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from ..match import Match, select
from ..model import Budget, Warning
from .context import Context, Parsed
from .items import evidence, maker
from ..literal_re import THAI_RANGE, literal_regex
from .money_cues import Cues, Lines, clause_start, cues_for
from .money_roles import document_roles
from .money_table import FLAT_RULE, TableReader
from .money_other_projects import without_other_projects
from .money_parts import keep_parts, percent_shares
from .money_source import label_source, source
from .thainum import as_number, evaluate, multiplier_factor, spoken_value

WINDOW = 120  # how far back (chars, same line) cue words are looked for
# A minutes heading opens one of the first non-blank lines; a scraped page puts a site name,
# a menu and a post date above it.
OPENER_SPAN = 60  # how much of a line's start can hold its opening cue (after list markers)
TABLE_RULE = "money.table_cell"
PARALLEL_RULE = "money.parallel_rate"  # a rate repeating the noun of a rate in baht, without บาท
TIGHT_RULE = "money.table_tight"  # "2,750  2,750": a figure one or two spaces from its neighbour
SPLIT_RULE = "money.table_split"  # "1 8,750": a cell's amount split by a stray space
PAIR_RULE = "money.table_pair"  # two numbers in one table cell ("planned / actual")
FACTOR_RULE = "money.cost_factor"  # "x 180", "= 150,000" in a cost line's label (money_cost_lines.py)
WORDS_RULE = "money.words"
LIST_RULE = "money.list_member"  # "(500 / 300 / 200 บาท)": a member before the list's last one
_PLAIN = literal_regex(r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_PER_NOUN = literal_regex(r"(?:ต่อ|/)[ \t]?[" + THAI_RANGE + r".]{1,12}$")
_PER_NOUN_MAX = 16  # its longest match (ต่อ is 3 characters): searching further back finds nothing
_BROKEN_COMMA = literal_regex(r",[ \t]*\n[ \t]*")
_BUDGET = maker(Budget)
_WORDS_GAP = literal_regex(r"[ \t\n(\-]*")  # between "12,550" and "(หนึ่งหมื่น...บาทถ้วน)"
# Words whose head a PDF damaged past reading ("64,350 บาท (หกหมืน่สี่พันสามร้อยห้าสิบบาทถว้น)": the
# rule reads "สี่พัน…บาท" only): a bracket opened right after the digits, a few Thai letters (no
# space) before the words, and its closing bracket a few letters after them.
_DAMAGED_HEAD = literal_regex(r"[ \t\n\-]*\([ \t\n\-]*[\u0E00-\u0E7F]{1,12}")
_DAMAGED_TAIL = literal_regex(r"[\u0E00-\u0E7F]{0,8}[ \t]*\)")


class _Amount(NamedTuple):  # immutable, and cheaper to make than a dataclass
    start: int  # evidence span (normalized text)
    end: int
    value: Decimal
    rule: str
    words: str | None = None
    words_value: Decimal | None = None
    words_start: int | None = None  # where the words begin (the role looks before the amount)
    role: str | None = None  # fixed by a budget table's column and row


def _parse(text: str | None, cues: Cues) -> Decimal | None:
    if text and " ," in text:  # "18 ,500": a PDF gap before the thousands comma
        text = text.replace(" ,", ",")
    if text and "\n" in text:  # "24," / "650": a PDF line break after the thousands comma
        text = _BROKEN_COMMA.sub(",", text)
    if text and _PLAIN.fullmatch(text):  # the common case: "20,000", "1,250.50"
        return Decimal(text.replace(",", ""))
    # The RuleSet's own tokenizer: a user rule folder may add number words.
    toks = cues.numbers.tokens(text.strip()) if text else None
    return evaluate(toks) if toks else None


def _words_value(words: str, cues: Cues) -> Decimal | None:
    """"สองหมื่นบาทถ้วน" -> 20000; "หนึ่งร้อยบาทห้าสิบสตางค์" -> 100.50."""
    baht, _, rest = words.partition("บาท")
    value = _parse(baht, cues)
    satang = rest.strip().removeprefix("ถ้วน").strip().removesuffix("สตางค์")
    if value is not None and satang:
        sv = _parse(satang, cues)
        value = value + sv / 100 if sv is not None else value
    return value


def _from_match(m: Match, tables: TableReader, cues: Cues) -> list[_Amount]:
    g = m.groups
    if g.get("a") and g.get("b"):
        return _range(m, cues)
    role = None
    if m.rule == FACTOR_RULE:
        value = _parse(g.get("num"), cues)
        role = tables.factor_role(m.start, value) if value else None
        return [_Amount(m.start, m.end, value, m.rule, role=role)] if role and value else []
    if m.rule == PARALLEL_RULE:  # "คืนละ 1,200 บาท … คืนละ 1,350": a like price, not a count
        value, ref = _parse(g.get("num"), cues), _parse(g.get("ref"), cues)
        if not value or not ref or not ref / 10 <= value <= ref * 10:
            return []
    if m.rule in (TIGHT_RULE, SPLIT_RULE, FLAT_RULE):  # figures a row sets off by 1-2 spaces only
        value = _parse(g.get("num", "").replace(" ", ""), cues)
        role = tables.tight_role(m.start, m.end, m.rule) if value else None
        return [_Amount(m.start, m.end, value, m.rule, role=role)] if role and value else []
    if m.rule in (TABLE_RULE, PAIR_RULE):
        role = tables.role(m.start)
        if role is None and m.rule == TABLE_RULE:  # a cell alone on its line (money_lone_figures.py)
            role = tables.lone_role(m.start)
        if role is None:  # a number in a table, but not in a money column
            return []
        if m.rule == PAIR_RULE:  # "1,250.00 / 1,350.00": planned and actual in one cell
            return _pair(m, role, cues)
    words = g.get("words")
    words_value = _words_value(words, cues) if words else None
    value = _parse(g.get("num"), cues)
    value = words_value if value is None else value
    if value is None and g.get("spoken"):  # "เดือนละสองพันห้า": 2500
        value = spoken_value(g["spoken"], cues.numbers)
    if value is None or (role is not None and not value):
        return []  # a table's "0.00" cell: nothing was spent under that column
    value *= cues.scale(g.get("cur"))
    if g.get("satang"):
        value += Decimal(g["satang"]) / 100
    # the group dict first: Spans.get raises and catches a KeyError for every match without words
    ws = m.spans["words"][0] if words is not None else None
    return [_Amount(m.start, m.end, value, m.rule, words, words_value, ws, role)]


def _pair(m: Match, role: str, cues: Cues) -> list[_Amount]:
    """Both numbers of a "planned / actual" cell, in its column's role; none of them nil."""
    values = [(g, _parse(m.groups.get(g), cues)) for g in ("num", "num2")]
    return [_Amount(*m.spans[g], v, m.rule, role=role) for g, v in values if v]


def _range(m: Match, cues: Cues) -> list[_Amount]:
    """Both ends of "500 - 1,000 บาท"; "1-2 พันบาท": the 1 takes the 2's multiplier too."""
    a, b = _parse(m.groups["a"], cues), _parse(m.groups["b"], cues)
    if a is None or b is None:
        return []
    if multiplier_factor(m.groups["a"], cues.numbers) == 1:
        a *= multiplier_factor(m.groups["b"], cues.numbers)
    scale = cues.scale(m.groups.get("cur"))
    (as_, ae), (bs, _) = m.spans["a"], m.spans["b"]
    return [_Amount(as_, ae, a * scale, m.rule), _Amount(bs, m.end, b * scale, m.rule)]


def _attach_words(text: str, amounts: list[_Amount]) -> list[_Amount]:
    """Words on their own right after digits ("12,550" then "(หนึ่งหมื่น...บาทถ้วน)" on the
    next line) say the same amount again: one item, with `words` set."""
    out: list[_Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if (a.rule == WORDS_RULE and prev is not None and prev.words is None
                and prev.rule != WORDS_RULE
                and (_WORDS_GAP.match(text, prev.end).end() >= a.start >= prev.end
                     or _damaged_words(text, prev, a))):
            out[-1] = prev._replace(end=a.end, words=a.words, words_value=a.words_value,
                                    words_start=a.start)
        else:
            out.append(a)
    return out


def _damaged_words(text: str, prev: _Amount, a: _Amount) -> bool:
    """Whether the words `a` are the tail of damaged words in a bracket right after the digits
    `prev` (_DAMAGED_HEAD): what they read is the digits' amount without its leading part (64,350
    vs สี่พันสามร้อยห้าสิบ: the หกหมื่น was lost), so they restate the digits (a mismatch warning) and
    state no new amount ("5,000 บาท (ค่าวัสดุสองร้อยบาท)" is no restatement)."""
    w = a.words_value
    if w is None or not 0 < w < prev.value or a.start <= prev.end:
        return False
    head = prev.value - w
    if head % 10 ** len(str(int(w))) or _DAMAGED_HEAD.fullmatch(text, prev.end, a.start) is None:
        return False
    return _DAMAGED_TAIL.match(text, a.end) is not None


def _is_unit(before: str, after: str, cues: Cues) -> bool:
    b = cues.strip_hedges(before)  # "เข็มละประมาณ 1,800฿": the rate word is before the hedge
    if b.endswith(cues.unit_before_any):
        for term, unit in cues.unit_before:
            if b.endswith(term):
                return unit
    # "ค่าใช้จ่ายต่อหัว 1,500 บาท": per + noun, then the amount
    per = _PER_NOUN.search(b, max(0, len(b) - _PER_NOUN_MAX))
    if per is not None and not cues.unit_before_blocked(per.group()):
        return True
    a = after.lstrip()
    if a.startswith(cues.unit_after_any):
        for term, unit in cues.unit_after:
            if a.startswith(term):
                # "2,880 บาท / ค่าอาหารว่าง …": the "/" separates line items, no "per" sign
                return unit and cues.opening_role(a[len(term):].lstrip()) != "item"
    return False


def _role(lines: Lines, a: _Amount, prev: _Amount | None, bounds: tuple[int, int],
          rates: list[Decimal], other: bool, cues: Cues) -> str:
    """`rates` / `other`: the rates (units) / whether a non-unit amount was stated earlier on
    the line."""
    if a.role is not None:
        return a.role
    text, s = lines.text, a.start
    ls, le = bounds
    same_line = prev is not None and prev.end > ls
    before = text[max(ls, s - WINDOW, prev.end if same_line else 0):s]
    after_end = a.words_start if a.words_start is not None else a.end
    # A list member's "after" is the list's separator ("500 / 300 บาท"), no "per" sign.
    after = "" if a.rule == LIST_RULE else text[after_end:min(le, after_end + 20)]
    if _is_unit(before, after, cues):
        return "unit"
    opener = cues.opening_role(text[ls:min(s, ls + OPENER_SPAN)])
    if opener is not None and _closes_bracket(text, ls, s):
        # The line opens inside a bracket from the line above ("(ค่าอาหาร …" / "ค่าเวชภัณฑ์ 4,000 บาท)
        # จากงบประมาณโครงการทั้งสิ้น 48,000 บาท"): its opening cue names the bracketed items only.
        opener = None
    if opener == "item":
        return "item"
    if cues.pays_out(before) or cues.private_gift(
            text, clause_start(ls, s, prev.end if prev is not None else None), s):
        return "other"
    cue = cues.nearest_role(before)
    if cue is None and not same_line:
        cue = cues.nearest_role(_previous_line_tail(lines, ls, s, prev))
    cue = cue or opener  # "รวม 2 วัน x 1,500 บาท = 3,000 บาท"
    if cue == "other" and cues.spent_value_cue(before):
        cue = "total"  # "ใช้งบประมาณ CSR ของโรงพยาบาล มูลค่ารวม 742,000 บาท"
    # A rate's product is the line's own item, unless it sums the line up (รวม) or is the one
    # amount of a budget line ("งบประมาณ 50 คน x 100 บาท = 5,000 บาท").
    budget_line = opener in ("total", "sum") and not other
    if rates and cue != "sum" and not budget_line \
            and not _own_budget(text, ls, s, before, a.value, rates, cues):
        return "item"
    return "total" if cue == "sum" else cue or "other"


PRODUCT_NUMBERS = 6  # the most numbers before an amount tried as the factors of a rate's product
_FACTOR = literal_regex(r"(?<![0-9.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def _own_budget(text: str, ls: int, s: int, before: str, value: Decimal, rates: list[Decimal],
                cues: Cues) -> bool:
    """Whether an amount at `s` after a rate on its line (from `ls`) is a budget of its own, not
    the rate's product: named by a budget word (money_own_budget: "(อันละ 120 บาท) ใช้งบประมาณของ
    กองทุน… 9,850 บาท", not the product's เป็นเงิน / =) and not a rate times numbers stated before
    it on the line (60 อัน x 120 = 7,200)."""
    last = None
    for m in cues.role.finditer(before):
        if cues.role_of(m.group()) != "none":
            last = m.group()
    if last is None or not cues.own_budget.get(last):
        return False
    factors = [Decimal(f.replace(",", "")) for f in _FACTOR.findall(text, ls, s)]
    return not any(_is_product(value / r, [f for f in factors if f != r][-PRODUCT_NUMBERS:])
                   for r in rates if r)


def _is_product(value: Decimal, factors: list[Decimal]) -> bool:
    """Whether `value` is 1 or the product of some of `factors`."""
    products = {Decimal(1)}
    for f in factors:
        products |= {p * f for p in products}
    return value in products


def _closes_bracket(text: str, ls: int, s: int) -> bool:
    """Whether a bracket opened before the line `ls` closes on it before `s`."""
    depth = 0
    for ch in text[ls:s]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


def _previous_line_tail(lines: Lines, ls: int, s: int, prev: _Amount | None) -> str:
    """The end of the line above, for an amount whose own line names no cue: a heading
    ("4. งบประมาณ") or a sentence wrapped at a fixed width ("...จากงบประมาณโครงการ ป ีง" /
    "บประมาณ 2562 จำนวน 18,750 บาท"). Empty across a blank line or a line with an amount."""
    above = lines.previous(ls)
    if above is None or (prev is not None and prev.end > above[0]):
        return ""
    return lines.text[max(above[0], ls - (WINDOW - (s - ls))):ls]


def _mismatch(ctx: Context, a: _Amount) -> Warning | None:
    if a.words is None or a.words_value is None or a.words_value == a.value:
        return None
    return ctx.warning(
        "amount_words_mismatch",
        f"amount {as_number(a.value)} in digits but {as_number(a.words_value)} in words "
        f"({a.words})", a.start, a.end, a.rule)


def _paid_out(lines: Lines, a: _Amount, prev: _Amount | None, ls: int, cues: Cues) -> bool:
    """Whether the clause of the rate `a` (on the line starting at `ls`) pays money out (a
    prize, a salary, a donation: money_not_budget), so that its sum is no budget either."""
    cut = clause_start(ls, a.start, prev.end if prev is not None else None)
    return cues.not_budget.search(lines.text, cut, a.start) is not None \
        or cues.private_gift(lines.text, cut, a.start)


def _roles(lines: Lines, amounts: list[_Amount], bounds: list[tuple[int, int]],
           cues: Cues) -> list[str]:
    roles: list[str] = []
    line, other = -1, False  # the current line's start, and whether it stated a non-unit amount
    rates: list[Decimal] = []  # the rates stated on the line
    other_rate = False  # the line's last rate is paid out as a prize, salary ... (not_budget)
    for i, a in enumerate(amounts):
        if bounds[i][0] != line:
            line, rates, other, other_rate = bounds[i][0], [], False, False
        if i and amounts[i - 1].rule == LIST_RULE and bounds[i - 1][0] == line:
            role = roles[i - 1]  # the members of one list share the first one's role
        else:
            role = _role(lines, a, amounts[i - 1] if i else None, bounds[i], rates, other, cues)
            if a.rule == LIST_RULE and role == "total":
                role = "other"  # several amounts listed: none of them is the one budget
        if role == "total" and other_rate and roles[-1] == "unit" \
                and cues.nearest_role(lines.text[amounts[i - 1].end:a.start]) == "sum":
            role = "other"  # "เงินรางวัลแห่งละ 10,000 บาท รวม 120,000 บาท": the prizes summed up
        roles.append(role)
        if role == "unit":
            rates.append(a.value)
            other_rate = _paid_out(lines, a, amounts[i - 1] if i else None, line, cues)
        else:
            other = True
    return document_roles(lines, amounts, bounds, percent_shares(lines, amounts, bounds, roles), cues)


def parse(ctx: Context) -> Parsed:
    matches = select(ctx.for_field("budgets"))
    if not matches:
        return Parsed()
    cues = cues_for(ctx.rules)
    text = ctx.text
    lines = Lines(text, ctx.sections.line_starts if ctx.sections is not None else None)
    tables = TableReader(lines, cues)
    found = [x for m in matches for x in _from_match(m, tables, cues)]
    amounts = keep_parts(lines, _attach_words(text, sorted(found, key=attrgetter("start"))))
    amounts = without_other_projects(lines, amounts, cues)
    bounds = [lines.bounds(a.start) for a in amounts]
    roles = _roles(lines, amounts, bounds, cues)
    roles = tables.beside_projects(amounts, bounds, roles)
    norm = ctx.norm
    label: list[str | None] = []  # the document's source label, read when a total needs it
    items, warnings = [], []
    for i, (a, role) in enumerate(zip(amounts, roles)):
        src = None if role in ("unit", "item") else source(
            lines, a, amounts[i - 1] if i else None, bounds[i][0], cues)
        if src is None and role == "total":
            if not label:
                label.append(label_source(text, cues))
            src = label[0]
        items.append(_BUDGET({"amount": as_number(a.value), "role": role, "words": a.words,
                              "source": src, "evidence": evidence(norm, a.start, a.end, a.rule)}))
        w = _mismatch(ctx, a)
        if w is not None:
            warnings.append(w)
    return Parsed(items=tuple(items), warnings=tuple(warnings))
