"""The rule loader: rule files are validated on load and user folders extend the built-ins."""
from __future__ import annotations

import pytest

from thaidocx import load_rules
from thaidocx.ruleset import RuleError

GOOD_RULE = '''
[[rules]]
id = "user.bed_count"
field = "participants"
pattern = '(?P<num>[0-9]+) เตียง'
examples = ["มี 30 เตียง"]
'''

BAD_FILES = [
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'a'\ncolour = 'red'\n",
                 "colour", id="unknown-rule-key"),
    pytest.param("[mystery]\na = 1\n", "mystery", id="unknown-top-level-key"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = '(unclosed'\n",
                 "invalid pattern", id="bad-regex"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = '<<NOPE>>'\n",
                 "unknown placeholder <<NOPE>>", id="unknown-placeholder"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'weather'\npattern = 'a'\n",
                 "field", id="unknown-field"),
    pytest.param("[[rules]]\nid = 'NoDots'\nfield = 'dates'\npattern = 'a'\n",
                 "id", id="bad-id"),
    pytest.param("[[rules]\n", "TOML", id="broken-toml"),
    pytest.param("[lexicons.x]\nkey = 'fuzzy'\nentries = {a = 1}\n", "key", id="bad-lexicon-key-mode"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'a\\Kb'\nstart = 'a'\n",
                 "use `anchor` instead", id="start-with-keep-out"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'ab'\nstart = '\\p{Thai}'\n",
                 "start: not a pattern Python's `re` module compiles", id="start-re-cannot-compile"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'ab'\nstart = 'a?'\n",
                 "start: matches the empty string", id="start-matches-empty"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'ab'\nanchor = 'b*'\n",
                 "the anchor matches the empty string", id="anchor-matches-empty"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'ab'\nanchor = '(b'\n",
                 "invalid anchor", id="anchor-bad-regex"),
    pytest.param("[[rules]]\nid = 'x.y'\nfield = 'dates'\npattern = 'ab'\nanchor = 'b'\nreach = 11\n",
                 "reach", id="reach-too-far"),
]


@pytest.mark.parametrize("content,message", BAD_FILES)
def test_invalid_rule_file_is_refused_with_its_name(tmp_path, content, message):
    (tmp_path / "mine.toml").write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path])
    assert "mine.toml" in str(err.value) and message in str(err.value)


def test_missing_rules_folder(tmp_path):
    with pytest.raises(RuleError, match="not found"):
        load_rules([tmp_path / "nope"])


def test_user_folder_adds_a_rule(tmp_path):
    (tmp_path / "beds.toml").write_text(GOOD_RULE, encoding="utf-8")
    rules = load_rules([tmp_path])
    assert rules.by_id("user.bed_count").origin.endswith("beds.toml")
    assert len(rules.rules) == len(load_rules().rules) + 1


def test_user_lexicon_entries_are_added(tmp_path):
    (tmp_path / "words.toml").write_text(
        "[lexicons.domain_words]\nentries = { 'ศบส.' = 1 }\n", encoding="utf-8")
    rules = load_rules([tmp_path])
    assert "ศบส." in rules.lexicon("domain_words")
    assert "รพ.สต." in rules.lexicon("domain_words")


LOOKUPS = [
    pytest.param("ม.ค.", True, id="dotted"),
    pytest.param("มค", True, id="undotted"),
    pytest.param("ม.ค", True, id="no-final-dot"),
    pytest.param("ม", False, id="prefix-is-not-a-key"),
    pytest.param("ม.ค.ก", False, id="longer-is-not-a-key"),
]


@pytest.mark.parametrize("term,found", LOOKUPS)
def test_compact_lexicon_lookup_is_exact_after_normalization(tmp_path, term, found):
    (tmp_path / "m.toml").write_text(
        "[lexicons.test_months]\nkey = 'compact'\nentries = { 'ม.ค.' = 1 }\n", encoding="utf-8")
    lex = load_rules([tmp_path]).lexicon("test_months")
    assert (lex.get(term) == 1) is found


def test_builtin_rules_load_from_the_package():
    rules = load_rules()
    assert any(o.startswith("thaidocx.rules/") for o in rules.origins)
    assert "domain_words" in rules.lexicons


def test_rule_ids_are_unique_across_builtin_files():
    ids = [r.id for r in load_rules().rules]
    assert len(ids) == len(set(ids))
