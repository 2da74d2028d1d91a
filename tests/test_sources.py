"""Reading files: encodings, binary and undecodable input, folders."""

from __future__ import annotations

import json
import re

import pytest
from support import CORPORA, run_cli

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


def test_typographic_spaces_and_bare_carriage_returns_are_read_plain_in_place():
    text = decode("Artikel\u00a01\rDe gemeente draagt €\u202f90.000 bij.\r\n".encode("utf-8"), "a.txt")
    assert text == "Artikel 1\nDe gemeente draagt € 90.000 bij.\r\n"


def test_a_text_pasted_from_word_gets_the_same_findings_at_the_same_places(tmp_path):
    original = sorted(CORPORA.glob("*.txt"))[0].read_text(encoding="utf-8-sig")
    (tmp_path / "plain.txt").write_text(original, encoding="utf-8", newline="")
    # what a copy from Word or an old Mac file gives: no-break spaces, lines ended by '\r'
    pasted = original.replace(" ", "\u00a0").replace("\n", "\r")
    (tmp_path / "pasted.txt").write_text(pasted, encoding="utf-8", newline="")

    def places(name: str) -> list[tuple]:
        out = run_cli("check", str(tmp_path / name), "--format", "json", "--no-cache", "--no-config",
                      "--fail-on", "never")
        assert out.returncode == 0, out.stderr
        return [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"])
                for f in json.loads(out.stdout)["files"][0]["findings"]]

    assert places("pasted.txt") == places("plain.txt") != []


def test_soft_hyphens_and_zero_width_characters_leave_words_whole_and_lines_in_place():
    pasted = "De samen\u00adwerking start.\nArtikel\u200b 4 geldt voor de ge\u00admeente.\n"
    text = decode(pasted.encode("utf-8"), "a.txt")
    assert text.split() == "De samenwerking start. Artikel 4 geldt voor de gemeente.".split()
    assert len(text) == len(pasted) and text.index("Artikel") == pasted.index("Artikel")


def test_a_text_copied_from_a_pdf_or_web_page_gets_the_same_findings(tmp_path):
    original = sorted(CORPORA.glob("*.txt"))[0].read_text(encoding="utf-8-sig")
    (tmp_path / "plain.txt").write_text(original, encoding="utf-8")
    # soft hyphens where a typesetter breaks long words, zero-width spaces between words
    hyphenated = re.sub(r"(?<=\b\w{5})(?=\w{5,}\b)", "\u00ad", original).replace(" ", "\u200b ")
    assert hyphenated.count("\u00ad") > 100
    (tmp_path / "copied.txt").write_text(hyphenated, encoding="utf-8")

    def findings(name: str) -> list[tuple]:
        out = run_cli("check", str(tmp_path / name), "--format", "json", "--no-cache", "--no-config",
                      "--fail-on", "never")
        assert out.returncode == 0, out.stderr
        return [(f["rule"], f["line"], f["message"]) for f in json.loads(out.stdout)["files"][0]["findings"]]

    assert findings("copied.txt") == findings("plain.txt") != []


def test_findings_and_party_positions_point_into_the_file_as_written(tmp_path):
    # a soft hyphen before the passage on its line: columns and offsets are counted in the
    # file as written, with the invisible character, as an editor counts them
    text = ("Convenant Buurt\n\nDit convenant is gesloten door de gemeente Aarle (de gemeente) en "
            "Stichting Welzijn (Welzijn).\n\nDe samen\u00adwerking is goed; Welzijn organiseert zo veel "
            "mogelijk activiteiten.\n")
    (tmp_path / "soft.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(text.replace("\u00ad", ""), encoding="utf-8")

    def places(name: str) -> list[tuple]:
        out = run_cli("check", str(tmp_path / name), "--format", "json", "--no-cache", "--no-config",
                      "--fail-on", "never", "--select", "AMB-05")
        return [(f["line"], f["column"], f["end_column"]) for f in json.loads(out.stdout)["files"][0]["findings"]]

    (line, column, end), = places("plain.txt")
    assert places("soft.txt") == [(line, column + 1, end + 1)]

    def tasks(name: str) -> list[str]:
        out = run_cli("parties", str(tmp_path / name), "--format", "json")
        rows = json.loads(out.stdout)["files"][0]["parties"]
        written = (tmp_path / name).read_text(encoding="utf-8")
        return [written[t["start"]:t["end"]] for row in rows for t in row["tasks"]]

    assert [t.replace("\u00ad", "") for t in tasks("soft.txt")] == tasks("plain.txt") != []


def test_hard_wrapped_text_keeps_its_multi_word_hedges(tmp_path):
    # text wrapped at 60 columns (as e-mail and some exports do): a hedge such as 'zo veel
    # mogelijk' broken over two lines is still one hedge
    import textwrap

    original = (CORPORA / "samenwerkingsovereenkomst-cultuureducatie-dalmerveen.txt").read_text(encoding="utf-8-sig")
    wrapped = "\n".join(part for line in original.split("\n")
                        for part in (textwrap.wrap(line, 60, break_long_words=False, break_on_hyphens=False)
                                     if len(line) > 70 and not line.lstrip().startswith(("|", "-", "*", "#"))
                                     else [line]))
    (tmp_path / "plain.txt").write_text(original, encoding="utf-8")
    (tmp_path / "wrapped.txt").write_text(wrapped + "\n", encoding="utf-8")
    assert "zo veel\nmogelijk" in wrapped or "zo\nveel mogelijk" in wrapped

    def messages(name: str) -> list[str]:
        out = run_cli("check", str(tmp_path / name), "--format", "json", "--no-cache", "--no-config",
                      "--fail-on", "never", "--select", "AMB-05")
        return sorted(f["message"] for f in json.loads(out.stdout)["files"][0]["findings"])

    assert messages("wrapped.txt") == messages("plain.txt") != []
