"""The exceptions that mean "bad input or environment", reported as one line by the CLI."""
from __future__ import annotations

from .build import BuildError
from .reading import SourceError

USER_ERRORS: tuple[type[BaseException], ...] = (SourceError, BuildError, OSError)
try:  # release.py is optional while it is being written
    from .release import ReleaseError

    USER_ERRORS += (ReleaseError,)
except ImportError:  # pragma: no cover
    pass
