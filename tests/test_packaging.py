"""The wheel ships every subpackage and the rules (read through importlib.resources)."""
from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def test_every_source_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(SRC).parts) for p in SRC.rglob("__init__.py")}
    assert found - listed == set()


def test_wheel_holds_the_rules_and_every_module(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("thaidocx-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {f"thaidocx/rules/{p.name}" for p in (ROOT / "rules").glob("*.toml")}
    modules = {"thaidocx/" + str(p.relative_to(SRC / "thaidocx")) for p in (SRC / "thaidocx").rglob("*.py")}
    assert rules and rules <= names
    assert modules - names == set()
