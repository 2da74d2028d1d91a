"""Read paths into texts, with the errors users see when that fails."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .plain_text import Moved, plain, plain_and_moved

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv"}
_SNIFF = 8192


@dataclass(frozen=True)
class Source:
    path: str          # as the user sees it (relative where given relative), with '/'
    text: str          # made plain (plain_text.plain): what is checked
    moved: Moved = field(default_factory=Moved)    # where that moved characters in a line


def display_path(path: Path) -> str:
    return path.as_posix()


def expand(paths: list[str]) -> list[Path]:
    """The files to check: given files as they are, folders searched for texts."""
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("bestand of map bestaat niet", raw)
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                raise InputError("de map bevat geen teksten om te controleren "
                                 f"({', '.join(TEXT_SUFFIXES)})", raw)
        elif path.is_file():
            found = [path]
        else:
            raise InputError("dit is geen gewoon bestand of map", raw)
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def _walk(folder: Path):
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in names:
            if name.lower().endswith(TEXT_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def decode(data: bytes, shown: str) -> str:
    """Bytes to plain text (see `decode_as_written`)."""
    return plain(decode_as_written(data, shown))


def decode_as_written(data: bytes, shown: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a clear error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        encoding = "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:_SNIFF]:
            raise InputError("dit is geen tekstbestand (het bevat binaire gegevens); "
                             "convenantlint leest platte tekst (.txt) en Markdown (.md)", shown)
        if data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            raise InputError("dit is een PDF- of Word-bestand; sla het op als platte tekst "
                             "(.txt) of Markdown (.md)", shown)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(
            f"het bestand is geen geldige {encoding.upper()}-tekst (ongeldige byte "
            f"0x{data[exc.start]:02x} op regel {line}); sla het op als UTF-8", shown) from None
    if "\x00" in text:
        raise InputError("dit is geen tekstbestand (het bevat binaire gegevens)", shown)
    return text


def read(path: Path) -> Source:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError("geen toestemming om dit bestand te lezen", shown) from None
    except IsADirectoryError:
        raise InputError("dit is een map, geen bestand", shown) from None
    except OSError as exc:
        raise InputError(f"het bestand kan niet gelezen worden ({exc.strerror})", shown) from None
    text, moved = plain_and_moved(decode_as_written(data, shown))
    return Source(path=shown, text=text, moved=moved)
