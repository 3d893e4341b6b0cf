"""Every subcommand is documented: help text, a description with an Example, and `--help` works."""
from __future__ import annotations

import argparse

import pytest

from pipeline.cli import build_parser, main


def _subcommands() -> dict:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    return {name: (sub, helps.get(name)) for name, sub in action.choices.items()}


def test_the_inspection_commands_exist():
    assert {"run", "eval", "diff", "report", "explain"} <= set(_subcommands())


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_subcommand_has_help_and_an_example(name, capsys):
    sub, help_text = _subcommands()[name]
    assert help_text, f"{name}: no help text in the command list"
    assert sub.description and "Example: koie " + name in sub.description, f"{name}: no Example in its docstring"
    for action in sub._actions:
        if action.dest != "help":
            assert action.help, f"{name} {action.dest}: no help text"
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: koie {name}") and "Example:" in out


def test_top_level_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in _subcommands():
        assert name in out


@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_workers_must_be_a_whole_number_of_at_least_one(value, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", value])
    assert exit_.value.code == 2
    assert "--workers" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_top_level_help_names_every_kind_of_table(capsys):
    from pipeline.registry import dimensions

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for d in dimensions():
        assert d.table in out, d.table


def test_the_eval_example_passes_its_own_gate_on_the_reference_run(capsys):
    """A newcomer copies `koie eval`'s Example: on the project's own corpus it passes its --min-f1 gate."""
    import re
    import shlex
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sub, _ = _subcommands()["eval"]
    example = re.search(r"Example: koie (eval .*)", sub.description).group(1)
    argv = [str(root / "outputs" / "reference") if a == "outputs/" else
            str(root / a) if a.startswith("corpus/") else a for a in shlex.split(example)]
    assert "--min-f1" in argv
    assert main(argv) == 0, capsys.readouterr().err
    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"koie eval (.*?)\s+#", readme).group(1)
    assert shown.replace("[", "").replace("]", "") == example[len("eval "):]
