"""koie: Korean information extraction — quantities, dates and organizations from news text."""
__version__ = "0.1.0"

from pathlib import Path


def _check_compiled() -> None:
    """A module compiled by setup.py is imported before its source: if the source is newer, the
    old code would run. Stop instead, saying how to compile it again."""
    for compiled in Path(__file__).parent.rglob("*.so"):
        source = compiled.with_name(compiled.name.split(".")[0] + ".py")
        if source.exists() and source.stat().st_mtime > compiled.stat().st_mtime:
            raise ImportError(f"{source} is newer than its compiled module: run `make build` (or `make clean` to run the source)")


_check_compiled()

from .api import extract, extract_many, process  # noqa: E402
from .frames import extract_frame, extract_partition  # noqa: E402

__all__ = ["extract", "extract_many", "extract_frame", "extract_partition", "process", "__version__"]
