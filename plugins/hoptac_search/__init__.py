"""Placeholder for the hoptac_search Pelican plugin."""


def register():
    """Connect the plugin's signal receivers (none yet)."""
