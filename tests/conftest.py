"""Shared fixtures: paths to the project and, when present, the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures"
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"


@pytest.fixture
def project_root() -> Path:
    return PROJECT


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
