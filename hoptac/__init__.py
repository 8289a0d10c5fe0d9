"""hoptac: an archive of Vietnamese news about cooperation between provinces."""

__version__ = "0.1.0"
