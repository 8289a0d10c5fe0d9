"""Placeholder for the hoptac_taxonomy Pelican plugin."""


def register():
    """Connect the plugin's signal receivers (none yet)."""
