"""DOCX → PDF and printing through LibreOffice, when it is installed (about 2 s per document)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

CANDIDATES = ("soffice", "libreoffice")
WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


class OfficeError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def find_office() -> str | None:
    explicit = os.environ.get("APPROVAL_SOFFICE")
    if explicit and Path(explicit).exists():
        return explicit
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in WINDOWS_PATHS if Path(p).exists()), None)


def _run(args: list[str], timeout: int) -> subprocess.CompletedProcess:
    office = find_office()
    if office is None:
        raise OfficeError("libreoffice_missing")
    # A profile of its own, so conversions never collide with an open LibreOffice window.
    with tempfile.TemporaryDirectory(prefix="approval-lo-") as profile:
        cmd = [office, f"-env:UserInstallation=file://{Path(profile).as_posix()}", "--headless", "--norestore"] + args
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OfficeError("conversion_failed", detail=f"timeout after {timeout}s") from exc


def docx_to_pdf(data: bytes, name: str = "document.docx", timeout: int = 120) -> bytes:
    with tempfile.TemporaryDirectory(prefix="approval-pdf-") as work:
        src = Path(work) / (Path(name).stem + ".docx")
        src.write_bytes(data)
        done = _run(["--convert-to", "pdf", "--outdir", work, str(src)], timeout)
        pdf = src.with_suffix(".pdf")
        if done.returncode != 0 or not pdf.exists():
            raise OfficeError("conversion_failed", detail=(done.stderr or done.stdout or "").strip()[:300])
        return pdf.read_bytes()


def print_docx(data: bytes, name: str = "document.docx", printer: str | None = None, timeout: int = 120) -> None:
    with tempfile.TemporaryDirectory(prefix="approval-print-") as work:
        src = Path(work) / (Path(name).stem + ".docx")
        src.write_bytes(data)
        args = ["--pt", printer, str(src)] if printer else ["-p", str(src)]
        done = _run(args, timeout)
        if done.returncode != 0:
            raise OfficeError("conversion_failed", detail=(done.stderr or "").strip()[:300])
