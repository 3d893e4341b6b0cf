"""Every rule of every registered dimension fires in at least one case of that dimension's example
corpus (tests/corpus/NAME.yaml), so that no rule goes untested; and every `rule_id` a corpus case
expects names a registered rule.

The cases are extracted through `examples.extraction`, which the corpus tests fill: nothing is
extracted twice in a session.
"""
from __future__ import annotations

from examples import extraction, load_cases
from pipeline.registry import dimensions

# Rules a dimension applies after its `rules()` (ORG's list step names its mentions `org.list`).
LATER_RULES = {"org": ("org.list",)}


def _rule_ids(dimension) -> list:
    return [rule.name for rule in dimension.rules()] + list(LATER_RULES.get(dimension.name, ()))


def _rules_in(rule_id: str) -> set:
    """The rules a row's id names: one (`qty.range`), or several joined by `+` (a fact's
    `fact.metric_measure+subject_topic+…`)."""
    prefix, _, rest = rule_id.partition(".")
    return {f"{prefix}.{name}" for name in rest.split("+")}


def _fired(dimension) -> set:
    """The rule ids of the rows (of this dimension) found in its corpus."""
    return {rule for case in load_cases(dimension.name)
            for row in getattr(extraction(case["text"], case.get("doc_date")), dimension.table)
            for rule in _rules_in(row.rule_id)}


def test_every_registered_rule_fires_in_an_example():
    silent = []
    for dimension in dimensions():
        fired = _fired(dimension)
        silent += [rule for rule in _rule_ids(dimension) if rule not in fired]
    assert not silent, f"rules that fire in no example case: {', '.join(silent)}"


def test_expected_rule_ids_are_registered_rules():
    known = {rule for d in dimensions() for rule in _rule_ids(d)}
    unknown = [f"{d.name}/{case['id']}: {e['rule_id']}" for d in dimensions() for case in load_cases(d.name)
               for e in case["expect"] if "rule_id" in e and not _rules_in(e["rule_id"]) <= known]
    assert not unknown, f"unknown rule ids: {', '.join(unknown)}"
