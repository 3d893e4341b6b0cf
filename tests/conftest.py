"""Shared fixtures: the repository's paths and one pipeline run over corpus/ per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """The tables of `koie run corpus/` written into a temporary folder."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("corpus_run")
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    return out
