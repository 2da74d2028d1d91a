"""The command as a user meets it: exit codes, Dutch errors without tracebacks, JSON."""

from __future__ import annotations

import json

from support import CORPORA, EVAL, run_cli

WEAK = """Intentieverklaring Samen Sterk

Partijen bundelen hun krachten voor een toekomstbestendige en integrale aanpak.
Wij streven naar synergie en zullen te zijner tijd bezien wat nodig is.
"""


def test_help_is_dutch_and_fast():
    out = run_cli("--help")
    assert out.returncode == 0
    assert "Controleer" in out.stdout.decode()


def test_missing_file_is_exit_2_with_dutch_message(tmp_path):
    out = run_cli("check", str(tmp_path / "bestaat-niet.txt"))
    assert out.returncode == 2
    err = out.stderr.decode()
    assert "bestaat-niet.txt" in err and "bestaat niet" in err
    assert "Traceback" not in err and out.stdout == b""


def test_binary_undecodable_and_empty_folder(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00\x01\x02binary")
    out = run_cli("check", str(tmp_path / "x.txt"))
    assert out.returncode == 2 and "binaire" in out.stderr.decode()
    (tmp_path / "y.txt").write_bytes("Caf\xe9".encode("latin-1"))
    out = run_cli("check", str(tmp_path / "y.txt"))
    assert out.returncode == 2 and "UTF-8" in out.stderr.decode()
    empty = tmp_path / "leeg"
    empty.mkdir()
    out = run_cli("check", str(empty))
    assert out.returncode == 2 and "geen teksten" in out.stderr.decode()


def test_invalid_rule_file_is_exit_2_naming_file_line_column(tmp_path):
    rules = tmp_path / "regels"
    rules.mkdir()
    (rules / "r.yaml").write_text("id: X-01\nname: [\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text(WEAK, encoding="utf-8")
    out = run_cli("check", str(doc), "--rules", str(rules))
    err = out.stderr.decode()
    assert out.returncode == 2, err
    assert "r.yaml:" in err and "Traceback" not in err


def test_empty_file_is_not_an_error(tmp_path):
    doc = tmp_path / "leeg.txt"
    doc.write_text("", encoding="utf-8")
    out = run_cli("check", str(doc), "--format", "json", "--fail-on", "never")
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data["files"][0]["path"].endswith("leeg.txt")


def test_exit_codes_follow_fail_on(tmp_path):
    doc = tmp_path / "zwak.txt"
    doc.write_text(WEAK, encoding="utf-8")
    assert run_cli("check", str(doc)).returncode == 1          # errors: no decisions etc.
    assert run_cli("check", str(doc), "--fail-on", "never").returncode == 0
    only_info = run_cli("check", str(doc), "--select", "AMB-08", "--fail-on", "warning")
    assert only_info.returncode == 0                            # AMB-08 is info


def test_json_matches_interface_and_is_byte_stable(tmp_path):
    doc = tmp_path / "zwak.txt"
    doc.write_text(WEAK, encoding="utf-8")
    # --no-cache: both runs really check (the result cache has its own tests)
    first = run_cli("check", str(doc), "--format", "json", "--no-cache")
    second = run_cli("check", str(doc), "--format", "json", "--no-cache")
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["version"] == 1
    (entry,) = data["files"]
    assert entry["kind"] == "ambitie"
    assert list(entry["dimensions"]) == ["ambitie", "belangen", "relatie", "organisatie", "proces"]
    for dim in entry["dimensions"].values():
        assert set(dim) >= {"status", "score", "findings"}
    keys = ["rule", "dimension", "severity", "message", "question", "line", "column",
            "end_line", "end_column", "excerpt"]
    order = []
    for f in entry["findings"]:
        assert all(k in f for k in keys)
        assert f["severity"] in ("error", "warning", "info")
        order.append((f["line"] if f["line"] is not None else 0,
                      f["column"] if f["column"] is not None else 0, f["rule"]))
        if f["line"] is not None:
            lines = WEAK.split("\n")
            assert 1 <= f["column"] <= len(lines[f["line"] - 1]) + 1
    assert order == sorted(order)
    rules = {f["rule"] for f in entry["findings"]}
    assert {"AMB-01", "AMB-05"} <= rules


def test_text_report_groups_per_dimension_in_order(tmp_path):
    doc = tmp_path / "zwak.txt"
    doc.write_text(WEAK, encoding="utf-8")
    out = run_cli("check", str(doc), "--no-color").stdout.decode()
    positions = [out.index(d.upper()) for d in ("ambitie", "belangen", "relatie", "organisatie", "proces")]
    assert positions == sorted(positions)
    assert "Vraag aan de partners" in out and "Samenvatting" in out


def test_bundled_corpus_runs(tmp_path):
    out = run_cli("check", str(CORPORA), "--format", "json", "--fail-on", "never")
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert len(data["files"]) >= 8


def test_worker_processes_give_the_same_report(tmp_path):
    import shutil

    for path in sorted(CORPORA.glob("*.txt"))[:4]:
        shutil.copy(path, tmp_path / path.name)
    one = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "1", "--fail-on", "never",
                  "--no-cache")
    two = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "2", "--fail-on", "never",
                  "--no-cache")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)["files"]) == 4


def test_a_files_report_does_not_depend_on_the_files_read_before_it():
    # Caches live across the texts of one run; what they hold may not change a result.
    # (A resource found by its lemma once depended on whether an earlier text had that
    # lemma as a word: 'gegrond' became land after a text with 'gronden'.)
    files = [str(p) for p in sorted((EVAL / "documents").glob("*.txt"))]
    runs = []
    for order in (files, files[::-1]):
        out = run_cli("check", *order, "--format", "json", "--jobs", "1", "--fail-on", "never",
                      "--no-cache")
        assert out.returncode == 0, out.stderr.decode()
        runs.append({f["path"]: f for f in json.loads(out.stdout)["files"]})
    assert len(runs[0]) == len(files)
    assert runs[0] == runs[1]


def test_a_first_run_at_a_terminal_says_why_it_takes_a_while(tmp_path, monkeypatch, capsys):
    import sys

    from convenantlint import cli, compiled_regex, diskcache

    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CONVENANTLINT_NO_SEED", "1")       # a Python the package has no seed for
    assert not compiled_regex.prepared()                    # a new machine: nothing analysed
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    cli._say_when_first_run()
    assert "eerste keer" in capsys.readouterr().err

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)  # output read by a machine
    cli._say_when_first_run()
    assert capsys.readouterr().err == ""

    diskcache.store("literals", compiled_regex._literal_key(),
                    {"generation": 1, "epoch": None, "entries": {}})
    assert compiled_regex.prepared()                        # an earlier run did the work
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    cli._say_when_first_run()
    assert capsys.readouterr().err == ""


def _run_at_a_terminal(*args: str, columns: int = 100) -> tuple[int, str]:
    """Run the command with its output on a pseudo-terminal, as a person at a terminal does."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    from support import ROOT

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen([sys.executable, "-m", "convenantlint", *args], cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:          # the other side closed: the command has ended
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(), out.decode("utf-8", "replace")


def test_the_report_and_the_party_table_work_at_a_terminal():
    # Every test above reads the output through a pipe; a person reads it on a terminal,
    # where the width comes from the terminal (this once failed with an internal error).
    page = str(CORPORA / "convenant-langer-thuis-noordstad.txt")
    code, out = _run_at_a_terminal("check", page, "--fail-on", "never", "--no-cache", columns=72)
    assert code == 0, out
    assert "interne fout" not in out and "AMBITIE" in out
    prose = [line.rstrip("\r") for line in out.splitlines() if line.startswith(" " * 13)]
    assert prose and max(len(line) for line in prose) <= 72      # wrapped to the terminal
    code, out = _run_at_a_terminal("parties", page, "--no-color", columns=80)
    assert code == 0, out
    assert "interne fout" not in out and "Gemeente" in out
    assert max(len(line.rstrip("\r")) for line in out.splitlines()[1:]) <= 80
