"""Where the shipped data lives: the matter catalogue (forms/) and resources/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

# In a PyInstaller bundle the data sits beside the executable; otherwise at the repo root.
_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))


def forms_dir() -> Path:
    return Path(os.environ.get("APPROVAL_FORMS_DIR") or _ROOT / "forms")


def resources_dir() -> Path:
    return Path(os.environ.get("APPROVAL_RESOURCES_DIR") or _ROOT / "resources")


def font_file() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def templates_dir() -> Path:
    return resources_dir() / "templates"
