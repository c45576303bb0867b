"""Every rule's examples must be found by that rule; its counter-examples must yield nothing."""
from __future__ import annotations

import pytest

from thaidocx import extract, load_rules

RULES = load_rules()


def _items(report, field):
    if field == "title":
        return [report.title] if report.title else []
    if field == "area":
        return [report.area] if report.area else []
    return list(getattr(report, field))


def _subset(expect: dict, item: dict) -> bool:
    return all(item.get(k) == v for k, v in expect.items())


EXAMPLES = [
    pytest.param(rule.id, ex, id=f"{rule.id}:{ex.text[:40]}")
    for rule in RULES.rules for ex in rule.spec.examples
]
COUNTER = [
    pytest.param(rule.id, text, id=f"{rule.id}:not:{text[:40]}")
    for rule in RULES.rules for text in rule.spec.counter_examples
]


@pytest.mark.parametrize("rule_id,example", EXAMPLES)
def test_rule_finds_its_example(rule_id, example):
    rule = RULES.by_id(rule_id)
    items = [i.model_dump() for i in _items(extract(example.text), rule.spec.field)]
    by_rule = [i for i in items if i["evidence"]["rule"] == rule_id]
    assert by_rule, f"{rule_id} found nothing in {example.text!r}; got {items}"
    assert any(_subset(example.expect, i) for i in by_rule), (example.expect, by_rule)


@pytest.mark.parametrize("rule_id,text", COUNTER)
def test_rule_counter_example_yields_nothing(rule_id, text):
    field = RULES.by_id(rule_id).spec.field
    assert _items(extract(text), field) == []


def test_every_rule_has_an_example():
    assert [r.id for r in RULES.rules if not r.spec.examples] == []
