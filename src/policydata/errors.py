"""The exceptions that mean "bad input or environment", reported as one line by the CLI."""
from __future__ import annotations

from .build import BuildError
from .descriptor import DescriptorError
from .outdir import OutputFolderError
from .query import SQLError
from .reading import InputError, SourceError
from .release import ReleaseError
from .switch import SwitchError

USER_ERRORS: tuple[type[BaseException], ...] = (SourceError, InputError, BuildError, ReleaseError,
                                                OutputFolderError, SwitchError, OSError, DescriptorError,
                                                SQLError)
