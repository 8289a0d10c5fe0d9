"""hoptac_incremental: rebuild only the pages whose inputs changed."""

from .hoptac_incremental import register

__all__ = ["register"]
