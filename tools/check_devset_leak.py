#!/usr/bin/env python3
"""Report devset text that was copied into the project.

The documents in ../shared/devset are for MEASURING ONLY: their sentences, names and places must
not appear in rules, tests, code or docs. This script looks for two kinds of leak:

1. runs: every stretch of >= 8 characters of Thai letters/digits/spaces/dots on a project line
   that occurs in a devset document but nowhere in our own texts (corpus/docs and the seeds);
   stretches made only of generic genre vocabulary (GENERIC below) are allowed;
2. names: proper names taken from the devset (people in the devset gold, and the word after a
   person title or a place/facility marker in a devset document) that occur in the project but
   not in our own texts. Province names are allowed (they are the lexicon of the genre).

Stretches shorter than MIN_CONSONANTS consonants are word fragments and are not reported; a hit
that is genre vocabulary (a position word, a cue word, a facility type) belongs in GENERIC, a hit
that quotes a devset sentence or names a devset person or place must be rewritten.

Usage:  python tools/check_devset_leak.py [--devset DIR] [--seeds DIR] [--show-allowed]
Exit code 0 = clean (or devset absent: skipped), 1 = leaks found.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
MIN_RUN = 8          # characters in a copied stretch
MIN_CONSONANTS = 8   # ... holding at least this many Thai consonants (shorter ones are word fragments)
MIN_CONTENT = 4      # consonants left once generic vocabulary is removed: more = quoted text
MIN_NAME = 2         # Thai consonants in a proper name (ละงู has two)
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
RUN_RE = regex.compile(r"[\u0E00-\u0E7F0-9. ]+")
LETTER_RE = regex.compile(r"[\u0E01-\u0E2E]")
NUMBER_RE = regex.compile(r"[0-9]+")

# Generic genre vocabulary: position words, cue words, facility types, titles, document headings,
# dates vocabulary. A copied-looking stretch made only of these (plus at most one number) is the
# language of the genre, not a quotation.
GENERIC = """
หัวหน้าโครงการ หัวหน้ าโครงการ หัวหน้า ผู้รับผิดชอบโครงการ พี่เลี้ยงโครงการ ประธานหมู่บ้าน ผู้นำศาสนา
ผู้ควบคุม ผู้ประสานงาน ผู้สื่อข่าว ประธานการประชุม ประธานในการ ประธานการ ประธานในพิธี ประธาน
นายกองค์การบริหารส่วนจังหวัด องค์การบริหารส่วนจังหวัด องค์การบริหารส่วนตำบล รองนายกรัฐมนตรี
นายกรัฐมนตรี รัฐมนตรีว่าการ รัฐมนตรี สมาชิกสภาผู้แทนราษฎร นายแพทย์สาธารณสุขจังหวัด นายกเทศมนตรี
ผู้ว่าราชการจังหวัด นายอำเภอ ผู้อำนวยการ ผู้แทนของ ผู้แทน วิทยากร บรรยาย แพทย์ สาธารณสุข
เทศมนตรี นายก ศาสตราจารย์ ดร. ผศ. นาย นาง นางสาว สมเด็จ พระราชทาน ราชกุมารี เจ้าลูกเธอ
พระปณิธาน วัคซีนพระราชทาน พระภิกษุสงฆ์ ประจำตำบล
สถานีอนามัย ศูนย์บริการสาธารณสุขเทศบาล ศูนย์บริการสาธารณสุข สถานบริการสาธารณสุข
สำนักงานสาธารณสุขจังหวัด สำนักงานสาธารณสุข กองสาธารณสุขและสิ่งแวดล้อม ที่ว่าการอำเภอเมือง
ที่ว่าการอำเภอ ห้องประชุม โรงพยาบาล เทศบาลเมือง เทศบาลตำบล เทศบาล อำเภอเมือง จังหวัด อำเภอ
ตำบล หมู่บ้าน บ้าน รพ.สต. อสม. อาคารสถานที่ บริเวณหน้าศูนย์ บริเวณ
ร่วมแสดงความคิดเห็น แสดงความคิดเห็น ความคิดเห็น
ด้วยเล็งเห็นถึงปัญหา ด้วยเล็งเห็น ได้ส่งมอบ ประกอบกับ พร้อมทั้ง พร้อมด้วย ลงพื้นที่ ร่วมพิธี
ร่วมต้อนรับ ซึ่งตั้งอยู่ภายใน ได้รับเกียรติจาก ได้กล่าวรายงาน กล่าวรายงาน เข้าร่วมประชุม เข้าร่วม
ได้เข้าร่วม ประชุม ดูแลประชาชน เพื่อรองรับ ติดตามผล ประเมิน มอบเงินบริจาค ยังได้มอบ รับมอบ
ปัจจุบันยังพบ วัตถุประสงค์การจัด ได้จัดทำโครงการ การคัดเลือก การดำเนินงาน ผู้พิการ จำนวน
ผู้สูงอายุ ส่งเสริม ประโยชน์ต่อ การเกิดโรค โดยมี โดย ที่ ใน ของ ให้ การ และ เป็น ได้ ณ
เงินเดือน เงินอุดหนุน ได้รับเงินอุดหนุน งบประมาณของ งบประมาณ โครงการฯ โครงการ ส่วนกลาง
รายงานการดำเนินงาน แบบรายงานการดำเนินงานฉบับสมบูรณ์ แบบฟอร์มพัฒนาโครงการ เปิดโครงการ งานโครงการ
ชื่อโครงการ ชื อโครงการ ชื่อเรื่อง กองทุนสุขภาพตำบล ปีงบประมาณ ประจำปีงบประมาณ ประจำปี ประจำเดือน
รหัสโครงการ วันที่ เดือน พ.ศ. แห่งประเทศไทย งานวิจัย กองทุน สุขภาพ
ระยะเวลาดำเนินงาน ระยะเวลาดำเนินการ ระยะเวลา ควบคุมโรค ไข้เลือดออก
มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน
ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.
""".split()

PERSON_TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "นพ.", "พญ.", "คุณ", "ผศ.", "รศ.", "ศ.", "พลเอก",
                 "พย.", "ว่าที่", "ร้อยตรี", "ร้อยโท", "ร้อยเอก", "พันตรี", "พันโท", "พันเอก")
PLACE_MARKERS = ("ตำบล", "ต.", "อำเภอ", "อ.", "บ้าน", "หมู่บ้าน", "ชุมชน", "เทศบาลตำบล", "เทศบาลเมือง",
                 "อบต.", "ทต.", "รพ.สต.", "โรงพยาบาล", "รพ.", "โรงเรียน", "วัด",
                 "สถานบริการสาธารณสุข", "ศูนย์บริการสาธารณสุข", "สถานีอนามัย", "แขวง", "เขต")
# Words that follow a marker in the devset but are ordinary words (not names).
NOT_NAMES = frozenset("""เมือง ส่งเสริมสุขภาพตำบล ส่วนตำบล""".split())


def normalize(text: str) -> str:
    """Thai digits -> Arabic, nikhahit + sara aa -> sara am, any whitespace run -> one space."""
    text = text.translate(THAI_DIGITS).replace("\u0e4d\u0e32", "\u0e33")
    return regex.sub(r"\s+", " ", text)


def read_texts(paths: list[Path]) -> str:
    return "\n".join(normalize(p.read_text(encoding="utf-8", errors="replace")) for p in paths)


def project_files() -> list[Path]:
    files = sorted((ROOT / "rules").glob("*.toml"))
    files += sorted((ROOT / "tests").glob("*.py"))
    files += sorted((ROOT / "src" / "thaidocx").rglob("*.py"))
    files += sorted((ROOT / "bench").rglob("*.py")) + sorted((ROOT / "tools").glob("*.py"))
    files += sorted(ROOT.glob("*.md")) + sorted((ROOT / "corpus").glob("*.md"))
    return [f for f in files if f.resolve() != Path(__file__).resolve()]


def common_stretches(run: str, devset: str) -> Iterator[str]:
    """Maximal substrings of `run` that occur in the devset (left- and right-maximal)."""
    last_end = 0
    for i in range(len(run)):
        j = i
        while j < len(run) and run[i:j + 1] in devset:
            j += 1
        if j > last_end and j - i >= MIN_RUN:
            yield run[i:j].strip(" ")
        last_end = max(last_end, j)


def is_generic(snippet: str, whole_numbers: int) -> bool:
    """True when the stretch is generic vocabulary (a few stray letters) plus at most one number."""
    rest = snippet
    for term in sorted([*GENERIC, *_provinces()], key=len, reverse=True):  # provinces: the genre's lexicon
        rest = rest.replace(term, " ")
    return len(LETTER_RE.findall(rest)) < MIN_CONTENT and whole_numbers <= 1


def whole_numbers(snip: str, line: str, devset: str) -> int:
    """Numbers of the stretch that are not cut (a '5' of '15' is not the same number)."""
    nums = NUMBER_RE.findall(snip)
    if not nums:
        return 0
    pos = line.find(snip)
    cut_left = snip[0].isdigit() and (pos > 0 and line[pos - 1].isdigit()
                                      or not regex.search("(?<![0-9])" + regex.escape(snip), devset))
    cut_right = snip[-1].isdigit() and (line[pos + len(snip):pos + len(snip) + 1].isdigit()
                                        or not regex.search(regex.escape(snip) + "(?![0-9])", devset))
    return max(0, len(nums) - cut_left - cut_right)


def devset_names(devset_dir: Path, devset: str, ours: str) -> set[str]:
    """Proper names of the devset that do not occur in our own texts."""
    names: set[str] = set()
    for gold in sorted((devset_dir / "gold").glob("*.json")):
        for off in json.loads(gold.read_text(encoding="utf-8")).get("officials") or []:
            names.update(normalize(off.get("name") or "").split())
    markers = "|".join(regex.escape(m)
                       for m in sorted(PERSON_TITLES + PLACE_MARKERS, key=len, reverse=True))
    for m in regex.finditer(rf"(?:{markers}) ?([\u0E01-\u0E4E]+)", devset, overlapped=True):
        names.add(m.group(1))
    names.update(_geo_names_in(devset))
    return {n for n in names if n not in ours and not any(n in g for g in GENERIC)
            and len(LETTER_RE.findall(_strip_generic(n))) >= MIN_NAME}


def _strip_generic(name: str) -> str:
    """The name less generic words, province names and เมือง (อำเภอเมืองแพร่ is not a devset name)."""
    for term in sorted([*GENERIC, *_provinces(), *NOT_NAMES], key=len, reverse=True):
        name = name.replace(term, " ")
    return name


@functools.cache
def _provinces() -> set[str]:
    try:
        import geothai
    except ImportError:
        return set()
    return {p.name_th for p in geothai.provinces()}


def _geo_names_in(devset: str) -> set[str]:
    """District and subdistrict names written after ต./ตำบล/อ./อำเภอ in the devset (may be glued)."""
    try:
        import geothai
    except ImportError:
        return set()
    areas = set()
    for p in geothai.provinces():
        for d in geothai.districts(p.code):
            areas.add(regex.sub(r"^(?:เขต|อำเภอ)", "", d.name_th))
            areas.update(s.name_th for s in geothai.subdistricts(d.code))
    # Compared without sara a: the devset may write ทนง where geothai has ทะนง.
    bare = {a.replace("\u0e30", ""): a for a in areas if len(LETTER_RE.findall(a)) >= MIN_NAME}
    found = set()
    for m in regex.finditer(r"(?:ตำบล|ต\.|อำเภอ|อ\.|แขวง|เขต) ?([\u0E01-\u0E4E]+)", devset):
        word = m.group(1).replace("\u0e30", "")
        found.update(a for b, a in bare.items() if word.startswith(b))
    return found


def scan(devset_dir: Path, seeds_dir: Path, show_allowed: bool) -> int:
    devset = read_texts(sorted((devset_dir / "docs").glob("*.txt")))
    ours = read_texts(sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(seeds_dir.glob("*.txt")))
    names = devset_names(devset_dir, devset, ours)
    name_re = regex.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))
    leaks = 0
    for path in project_files():
        rel = path.relative_to(ROOT)
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = normalize(raw)
            for run in RUN_RE.findall(line):
                for snip in common_stretches(run, devset):
                    if snip in ours or len(LETTER_RE.findall(snip)) < MIN_CONSONANTS:
                        continue
                    allowed = is_generic(snip, whole_numbers(snip, line, devset))
                    if show_allowed or not allowed:
                        print(f"{rel}:{lineno}: {'allowed ' if allowed else ''}run: {snip}")
                    leaks += not allowed
            for m in name_re.finditer(line) if names else ():
                print(f"{rel}:{lineno}: name: {m.group(0)}")
                leaks += 1
    print(f"{leaks} devset leak(s) found" if leaks else "no devset text or names found", file=sys.stderr)
    return 1 if leaks else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--show-allowed", action="store_true", help="also list generic-vocabulary stretches")
    args = ap.parse_args(argv)
    if not (args.devset / "docs").is_dir():
        print(f"SKIP: devset not found at {args.devset} (nothing to check against)", file=sys.stderr)
        return 0
    return scan(args.devset, args.seeds, args.show_allowed)


if __name__ == "__main__":
    sys.exit(main())
