"""Messages that say where a failed build went wrong (template, file, full disk)."""

from __future__ import annotations

import errno
import logging
from pathlib import Path


class ErrorCounter(logging.Handler):
    """Collect the messages of the errors logged while Pelican runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _template_place(exc: BaseException, theme: str) -> str:
    """Return `file:line` of the template an error arose in, if any."""
    from jinja2 import TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        return f"{exc.filename or exc.name}:{exc.lineno}"
    place = ""
    traceback = exc.__traceback__
    while traceback is not None:  # Jinja puts template lines in the traceback
        filename = traceback.tb_frame.f_code.co_filename
        if filename.startswith(theme) and not filename.endswith(".py"):
            place = f"{filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return place


def explain(exc: Exception, settings: dict, staging: Path) -> str:
    """Return a failure's message, saying where (template, file) it arose."""
    place = _template_place(exc, str(settings.get("THEME", "")))
    if place:
        return f"template error at {place}: {exc}"
    error = exc
    while error is not None and not isinstance(error, OSError):
        error = error.__cause__ or error.__context__
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        where = error.filename or f"a file under {staging}"
        return f"no space left on the device writing {where}: {exc}"
    return str(exc)
