from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def rules():
    from thaidocx import load_rules

    return load_rules()
