"""Reading files: encodings, binary and undecodable input, folders."""

from __future__ import annotations

import pytest

from convenantlint.errors import InputError
from convenantlint.sources import decode, expand, read


def test_utf8_with_and_without_bom():
    assert decode("Één convenant".encode("utf-8"), "a.txt") == "Één convenant"
    assert decode(b"\xef\xbb\xbf" + "Één".encode("utf-8"), "a.txt") == "Één"


def test_utf16_with_bom():
    assert decode("Overeenkomst €".encode("utf-16"), "a.txt") == "Overeenkomst €"


def test_undecodable_names_the_line():
    with pytest.raises(InputError, match="geen geldige UTF-8-tekst.*0xe9 op regel 2"):
        decode("regel een\nCaf\xe9".encode("latin-1"), "a.txt")


def test_binary_and_office_files_are_refused():
    with pytest.raises(InputError, match="binaire gegevens"):
        decode(b"abc\x00\x01\x02", "a.bin")
    with pytest.raises(InputError, match="PDF- of Word-bestand"):
        decode(b"%PDF-1.7\n...", "a.pdf")


def test_empty_file_is_fine(tmp_path):
    f = tmp_path / "leeg.txt"
    f.write_bytes(b"")
    assert read(f).text == ""


def test_folder_expansion_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.md").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git" / "c.txt").write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])]
    assert found == ["a.txt", "b/z.md"]


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="bestaat niet"):
        expand([str(tmp_path / "nergens.txt")])
    with pytest.raises(InputError, match="geen teksten"):
        expand([str(tmp_path)])
