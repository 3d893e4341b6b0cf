"""koie: Korean information extraction — quantities, dates and organizations from news text."""
__version__ = "0.1.0"

from pathlib import Path


def stale_compiled(package: Path) -> list:
    """Sources newer than their module compiled by setup.py. Python imports the compiled module
    first, so an edit since the last build would not run."""
    return [source for compiled in package.rglob("*.so")
            if (source := compiled.with_name(compiled.name.split(".")[0] + ".py")).exists()
            and source.stat().st_mtime > compiled.stat().st_mtime]


if _stale := stale_compiled(Path(__file__).parent):
    raise ImportError(f"{_stale[0]} is newer than its compiled module: run `make build` (or `make clean` to run the source)")

from .api import extract, extract_many, process  # noqa: E402
from .frames import extract_frame, extract_partition  # noqa: E402

__all__ = ["extract", "extract_many", "extract_frame", "extract_partition", "process", "__version__"]
