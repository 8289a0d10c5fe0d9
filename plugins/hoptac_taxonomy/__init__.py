"""Pelican plugin: province, leader, topic and pair pages for the hoptac archive."""

from .hoptac_taxonomy import register

__all__ = ["register"]
