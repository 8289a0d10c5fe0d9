"""The build: Pelican with hoptac's plugins, never leaving a half-written site live.

Each module does one job:

- `driver`: `build_site`, which runs the others in order (`invoke build`);
- `session`: `BuildSession`, the one object the build shares with its plugins;
- `inputs`: `BuildInputs`, the digest of everything but the content that
  every cache keys on;
- `content_check`: every front-matter line checked while Pelican reads;
- `contents`: Pelican's articles and pages as the build and plugins use them;
- `live_site`: the output link, switched to a new version in one rename;
- `verify`: an incremental build held to a full one (`invoke build --verify`);
- `progress`: the phase lines `invoke build` prints;
- `failures`: messages that say where a failed build went wrong.

The domain library (`hoptac.search`, `hoptac.gazetteer`, …) never imports
this package; file helpers both use live in `hoptac.files`.
"""

from __future__ import annotations


class BuildError(Exception):
    """The build failed; the message says why, and the previous site is untouched."""
