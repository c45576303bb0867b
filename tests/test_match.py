"""The regex safety net: which runs keep the per-rule time limit."""
from __future__ import annotations

import pytest
import regex

from thaidocx import load_rules
from thaidocx.literal_re import stdlib_twin
from thaidocx.match import MATCH_TIMEOUT_S, UNTIMED_MAX_CHARS, _timeout

USER_RULE = "[[rules]]\nid = 'user.beds'\nfield = 'participants'\npattern = '(?P<num>[0-9]+) เตียง'\n"

ROWS = [
    # Built-in rules are written not to backtrack, and the hostile-input tests check them:
    # on a short text the limit's clock reads cost more than they protect.
    pytest.param(False, UNTIMED_MAX_CHARS, None, id="builtin-rules-short-text-untimed"),
    pytest.param(False, UNTIMED_MAX_CHARS + 1, MATCH_TIMEOUT_S, id="long-text-keeps-the-limit"),
    # A user's folder may redefine macros the built-in rules use: never trusted without a limit.
    pytest.param(True, 10, MATCH_TIMEOUT_S, id="user-rules-keep-the-limit"),
]


@pytest.mark.parametrize("user_rules,length,expected", ROWS)
def test_time_limit(tmp_path, user_rules, length, expected):
    if user_rules:
        (tmp_path / "beds.toml").write_text(USER_RULE, encoding="utf-8")
    rules = load_rules([tmp_path] if user_rules else [])
    assert _timeout(rules, "ก" * length) == expected


TWINS = [
    # (pattern, flags, compiled with stdlib re?)
    pytest.param(r"(?<![\u0E00-\u0E7F])ก\s+ข\Z", 0, True, id="unicode-escapes-spaces-end"),
    pytest.param(r"(?m)^ab", 0, False, id="inline-flags-stay-regex"),
    pytest.param("^ab", 8, True, id="multiline-flag"),
    pytest.param("ab", 2, False, id="case-blind-stays-regex"),
    pytest.param(r"(?<!a|bc)x", 0, False, id="variable-lookbehind-stays-regex"),
    pytest.param(r"a\Kb", 0, False, id="keep-out-stays-regex"),
    pytest.param(r"\p{Thai}", 0, False, id="property-stays-regex"),
    pytest.param(r"[a--b]", 0, False, id="set-operation-stays-regex"),
    pytest.param(r"\d", 0, False, id="class-escape-stays-regex"),
]


@pytest.mark.parametrize("pattern, flags, twin", TWINS)
def test_stdlib_twin(pattern, flags, twin):
    got = stdlib_twin(pattern, flags | regex.V0 | regex.UNICODE)
    assert (got is not None) is twin
