"""koie: Korean information extraction — quantities, dates and organizations from news text."""
__version__ = "0.1.0"

from .api import extract, extract_frame, extract_many, process  # noqa: E402

__all__ = ["extract", "extract_many", "extract_frame", "process", "__version__"]
