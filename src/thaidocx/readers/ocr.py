"""OCR through the Tesseract command line, with Thai + English trained data."""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

from .base import LoadError

LANGS = "tha+eng"
TIMEOUT = 300  # seconds for one page
INSTALL_HINT = ("install Tesseract with Thai data, e.g. on Debian/Ubuntu: "
                "apt-get install tesseract-ocr tesseract-ocr-tha poppler-utils")


def tesseract() -> str:
    """The tesseract executable, checked to have the Thai and English data."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise LoadError(f"OCR needs the tesseract program, which is not installed: {INSTALL_HINT}")
    missing = [lang for lang in LANGS.split("+") if lang not in _languages(exe)]
    if missing:
        raise LoadError(f"Tesseract has no trained data for {', '.join(missing)}: {INSTALL_HINT}")
    return exe


@lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        res = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        raise LoadError(f"cannot run {exe}: {e}") from e
    lines = (res.stdout + res.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def ocr_image(data: bytes, what: str = "image") -> str:
    """The text Tesseract reads in an image (PNG, JPEG, TIFF - all its pages - or PGM)."""
    exe = tesseract()
    # One thread per page: CI and desktops share few cores, and OpenMP threads oversubscribe.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        res = subprocess.run([exe, "stdin", "stdout", "-l", LANGS, "--psm", "3"], input=data,
                             capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as e:
        raise LoadError(f"OCR of {what} took more than {TIMEOUT} s") from e
    except OSError as e:
        raise LoadError(f"cannot run tesseract: {e}") from e
    if res.returncode != 0:
        err = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LoadError(f"OCR of {what} failed: {err[-1] if err else 'tesseract exit ' + str(res.returncode)}")
    text = res.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    return text.strip("\f\n ") + "\n" if text.strip() else ""
