"""The exceptions that mean "bad input or environment", reported as one line by the CLI."""
from __future__ import annotations

from .build import BuildError
from .explore.descriptor import DescriptorError
from .storage.outdir import OutputFolderError
from .explore.query import SQLError
from .text.reading import InputError, SourceError
from .fetch import ReleaseError
from .storage.switch import SwitchError

USER_ERRORS: tuple[type[BaseException], ...] = (SourceError, InputError, BuildError, ReleaseError,
                                                OutputFolderError, SwitchError, OSError, DescriptorError,
                                                SQLError)
