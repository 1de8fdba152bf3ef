"""The exceptions that mean "bad input or environment", reported as one line by the CLI."""
from __future__ import annotations

from .build import BuildError
from .reading import InputError, SourceError
from .release import ReleaseError

USER_ERRORS: tuple[type[BaseException], ...] = (SourceError, InputError, BuildError, ReleaseError, OSError)
