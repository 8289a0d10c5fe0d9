"""The one object a build shares with its plugins (`BuildSession`).

`build_site` makes a session and puts it in Pelican's settings under
`SESSION_SETTING`; a plugin takes it with `BuildSession.of(settings)` (the
generators', the writer's or a content's settings: one dict). Everything a
plugin learns from the build, or leaves for another part of it, is a field
here; nothing travels through other settings, signals of our own or module
globals. A Pelican run that `build_site` did not start (`invoke regenerate`,
`pelican` itself) gets a session made from its settings on first use: a full
build (no live site to take pages from), quiet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The settings key the session is kept under (left out of the inputs digest).
SESSION_SETTING = "HOPTAC_BUILD"


def _left_behind() -> None:
    return None


@dataclass(eq=False)
class BuildSession:
    """What one Pelican run of the build knows and shares.

    Set by the build before Pelican starts:

    - `output`: the folder Pelican writes (a staging folder beside `output/`);
    - `cache`: `CACHE_PATH`, where every cache of the build lives;
    - `inputs`: the digest of the build's inputs (`hoptac.build.inputs`),
      which every cache keys on;
    - `caching`: `CACHE_CONTENT`: caches are written for the next build;
    - `previous`: the live site's real folder when the build is incremental
      (pages and the search index are taken from it), else None;
    - `progress`: what prints the phases (`hoptac.build.progress`), or None.

    Left by the plugins, for the rest of the run:

    - `pages`: `hoptac_incremental`'s record of this run's pages;
    - `search`: `hoptac_search`'s index build, running beside Pelican.

    Call `phase_ended` as a phase ends (progress), `on_failure` to be told
    when the build fails (before its staging folder is removed).
    """

    output: Path
    cache: Path
    inputs: str
    caching: bool = False
    previous: Path | None = None
    progress: object = None  # hoptac.build.progress.BuildProgress
    pages: object = None  # plugins/hoptac_incremental BuildState
    search: object = None  # plugins/hoptac_search SearchBuild
    _failure_receivers: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def of(cls, settings: dict) -> BuildSession:
        """Return the session of the run these settings belong to (made once)."""
        session = settings.get(SESSION_SETTING)
        if session is None:
            from hoptac.build.inputs import BuildInputs

            session = settings[SESSION_SETTING] = cls(
                output=Path(settings["OUTPUT_PATH"]),
                cache=Path(settings["CACHE_PATH"]),
                inputs=BuildInputs.of(settings).digest,
                caching=bool(settings.get("CACHE_CONTENT")),
            )
        return session

    def phase_ended(
        self, name: str, count: int | None = None, detail: str = "", timed=True
    ) -> None:
        """A phase ended: `count` things handled, `detail` a short line."""
        if self.progress is not None:
            self.progress.phase_ended(name, count, detail, timed)

    def on_failure(self, receiver: Callable[[], None]) -> None:
        """Call `receiver()` if the build fails (work beside Pelican stops there)."""
        self._failure_receivers.append(receiver)

    def failed(self) -> None:
        """The build failed: tell every receiver, latest first, once."""
        receivers, self._failure_receivers = self._failure_receivers, []
        for receiver in reversed(receivers):
            receiver()

    def __reduce__(self):
        # Pelican may pickle the settings with a content (its generator
        # cache): a session belongs to its run and stays behind.
        return (_left_behind, ())
