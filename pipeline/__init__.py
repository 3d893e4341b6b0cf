"""koie: Korean information extraction — quantities, dates and organizations from news text."""
__version__ = "0.1.0"

from .api import extract, extract_many, process  # noqa: E402
from .frames import extract_frame, extract_partition  # noqa: E402

__all__ = ["extract", "extract_many", "extract_frame", "extract_partition", "process", "__version__"]
