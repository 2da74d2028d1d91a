"""A small on-disk cache for data that is slow to build and never changes between runs.

Files live in ``$CONVENANTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/convenantlint``, else
``~/.cache/convenantlint``. Every name carries a key (a version, a content hash), so a
stale file is never read; old files are simply left behind. The cache is an
optimisation only: when the folder cannot be created or written, or a file is corrupt,
the caller rebuilds the data in memory and goes on. Nothing here ever raises.

Besides, the package ships a *seed* (``data/seed-*.seed``, made by
``tools/prepare_seed.py``): the built-in rules prepared (their parsed files, analysed
terms, analysed and compiled expressions), one file per Python version, and the lemma
table, one file for all. Without it the first run on a new machine spends half a minute
preparing them. A seed entry is found by the same key as a cached one, so a stale seed
only costs the work it no longer covers. Each value in it is packed on its own and
unpacked only when a run asks for it, and nothing of it is copied into the cache folder,
which so holds only what the seed lacks (a team's own rules, expressions of new rules).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

FORMAT = 2  # bump when the layout of any cached value changes (2: the seed's part left out)


# versions kept per cached name: the one in use and one more (another installation's)
KEEP_VERSIONS = 2


def cache_dir() -> Path:
    explicit = os.environ.get("CONVENANTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "convenantlint"


def _read(path: Path) -> Any:
    with open(path, "rb") as fh:
        return marshal.loads(fh.read())


def _write(path: Path, value: Any) -> None:
    data = marshal.dumps(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old or the new file
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _path(name: str, key: str) -> Path | None:
    safe_key = hashlib.blake2b(f"{FORMAT}:{key}".encode(), digest_size=10).hexdigest()
    try:
        return cache_dir() / f"{name}-{safe_key}.marshal"
    except (OSError, RuntimeError):  # no home directory
        return None


def exists(name: str, key: str) -> bool:
    """Whether a value is stored under this name and key (without reading it)."""
    path = _path(name, key)
    return path is not None and path.is_file()


def load(name: str, key: str, check: Callable[[Any], bool] | None = None) -> Any:
    """The stored value for ``name`` + ``key``, or None when there is none (or it is bad)."""
    path = _path(name, key)
    if path is None:
        return None
    try:
        value = _read(path)
    except Exception:  # missing, corrupt or truncated file, unreadable folder
        return None
    if check is not None and not check(value):
        return None
    try:
        os.utime(path)  # used now: `keep_latest` removes the versions used longest ago
    except OSError:
        pass
    return value


def store(name: str, key: str, value: Any, keep_latest: int = 0) -> None:
    """Write the value; silently keep it in memory only when the disk says no.

    ``keep_latest``: keep only that many versions of ``name`` (the one written and the most
    recently used others); 0 keeps every version. Two installations of different versions
    that share the cache folder each keep their own file instead of removing the other's.
    """
    path = _path(name, key)
    if path is None:
        return
    try:
        _write(path, value)
        if keep_latest:
            _remove_old_versions(name, path, keep_latest)
    except Exception:  # read-only or full disk
        pass


def _remove_old_versions(name: str, path: Path, keep: int) -> None:
    versions = []
    for old in path.parent.glob(f"{name}-*.marshal"):
        # only this name's versions: '<name>-<20 hex digits>.marshal'
        digest = old.name[len(name) + 1:-len(".marshal")]
        if old != path and len(digest) == 20 and all(c in "0123456789abcdef" for c in digest):
            try:
                versions.append((old.stat().st_mtime, old.name, old))
            except OSError:       # removed meanwhile by another process
                pass
    versions.sort(reverse=True)
    for _, _, old in versions[keep - 1:]:
        old.unlink(missing_ok=True)


def cached(
    name: str,
    key: str,
    build: Callable[[], Any],
    check: Callable[[Any], bool] | None = None,
    keep_latest: int = 0,
    seed_name: str | None = None,
    seed_key: str | None = None,
) -> Any:
    """Return ``build()``, memoised on disk under ``name`` + ``key``.

    The value must be marshal-able (plain dicts, lists, tuples, str, int, float, bytes).
    ``check`` validates what was read back; a value that fails it is rebuilt.
    ``keep_latest``: when a new file is written, keep only that many versions of the same
    name (for large values of which old versions would pile up; see `store`).
    ``seed_name`` (and ``seed_key``, default ``key``): the value may come from the seed
    under this name and key, which must name nothing particular to this installation
    (no folder, no file time). A value found there is not copied into the cache folder.
    """
    if seed_name is not None:
        seed_id = f"{seed_name}\x00{seed_key if seed_key is not None else key}"
        value = seed_value(seed_id)
        if value is not None and (check is None or check(value)):
            return value
    value = load(name, key, check)
    if value is not None:
        return value
    value = build()
    if seed_name is not None:
        seedable[seed_id] = value
    store(name, key, value, keep_latest)
    return value


# ---------------------------------------------------------------- the seed

# Values this process built that may go into a seed (`tools/prepare_seed.py` reads it).
seedable: dict[str, Any] = {}

# The seed file that holds the values that are the same for every Python, and their names
# (the lemma table: data, no code); the rest is in a file per Python
COMMON = "common"
COMMON_VALUES = ("lemmas-nl",)

SEED_FORMAT = 2


def seed_path(part: str = "") -> Path:
    """A seed file: per Python (``data/seed-cpython-3.11.seed``) or `COMMON`."""
    if not part:
        part = f"{sys.implementation.name}-{sys.version_info.major}.{sys.version_info.minor}"
    return Path(__file__).with_name("data") / f"seed-{part}.seed"


def seed_exists() -> bool:
    """Whether the package has a seed for this Python (``CONVENANTLINT_NO_SEED`` set: as if
    it had none, to measure or rebuild without it)."""
    return not os.environ.get("CONVENANTLINT_NO_SEED") and seed_path().is_file()


def entry_id(entry: Any) -> bytes:
    """How the seed names a memo entry: a digest, because the entries are the rules'
    expressions (20 MB of keys in all, of which a run needs a few)."""
    return hashlib.blake2b(marshal.dumps(entry, 2), digest_size=16).digest()


def _pack(value: Any) -> bytes:
    """One seed value, compressed on its own so that a run unpacks only what it asks for.
    lzma only where it saves half (the large expressions repeat the same party names); it
    unpacks five times slower than zlib."""
    import lzma
    import zlib

    raw = marshal.dumps(value, 2)
    packed = b"z" + zlib.compress(raw, 9)
    if len(raw) > 4096:
        small = b"x" + lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME)
        if len(small) * 2 <= len(packed):
            packed = small
    return packed


def _unpack(packed: bytes) -> Any:
    import lzma
    import zlib

    raw = zlib.decompress(packed[1:]) if packed[:1] == b"z" else lzma.decompress(packed[1:])
    return marshal.loads(raw)


@functools.cache
def _seed() -> dict:
    """{"memos": {name + NUL + key: {entry_id: packed}}, "values": {name + NUL + key: packed}}
    from this Python's seed file and the common one; empty parts where they are missing or
    unreadable (the run then does the work itself). Values stay packed until asked for."""
    seed: dict = {"memos": {}, "values": {}}
    if os.environ.get("CONVENANTLINT_NO_SEED"):
        return seed
    for path in (seed_path(), seed_path(COMMON)):
        try:
            value = marshal.loads(path.read_bytes())
        except Exception:  # missing, unreadable or corrupt
            continue
        if not isinstance(value, dict) or value.get("format") != SEED_FORMAT:
            continue
        for part in ("memos", "values"):
            if isinstance(value.get(part), dict):
                seed[part].update(value[part])
    return seed


def seed_value(seed_id: str) -> Any:
    """The seed's value under ``name + NUL + key``, or None (none, or damaged)."""
    packed = _seed()["values"].get(seed_id)
    if packed is None:
        return None
    try:
        return _unpack(packed)
    except Exception:
        return None


class SeedEntries:
    """A memo's entries in the seed, unpacked one by one when asked for."""

    def __init__(self, packed: dict) -> None:
        self._packed = packed

    def get(self, entry: Any) -> "tuple[bool, Any]":
        """(found, value)."""
        packed = self._packed.get(entry_id(entry))
        if not isinstance(packed, bytes):
            return False, None
        try:
            return True, _unpack(packed)
        except Exception:
            return False, None

    def __len__(self) -> int:
        return len(self._packed)


def seed_entries(name: str, key: str) -> "SeedEntries | None":
    entries = _seed()["memos"].get(f"{name}\x00{key}")
    return SeedEntries(entries) if isinstance(entries, dict) else None


def write_seed(memos: "dict[str, dict]", values: "dict[str, Any]", path: Path) -> None:
    """Write a seed file; the same content gives the same bytes (entries sorted; marshal
    format 2, which has no references, so its output does not depend on reference counts)."""
    def ordered(mapping: dict) -> dict:
        return {k: mapping[k] for k in sorted(mapping)}

    data = marshal.dumps({
        "format": SEED_FORMAT,
        "memos": {name: ordered({entry_id(e): _pack(v) for e, v in entries.items()})
                  for name, entries in sorted(memos.items())},
        "values": {k: _pack(v) for k, v in ordered(values).items()},
    }, 2)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; a package file must be readable by all
    os.replace(tmp, path)


class Memo:
    """A dictionary kept between runs: read from the cache on first use, written back by
    ``save()`` when entries were added. ``key`` (or a function giving it, for a key that
    is costly to compute) says which version of the data the entries belong to; only the
    newest version is kept on disk.

    Entries nobody asks for any more are dropped: an entry not read or written during
    the last ``keep`` generations is not written again. Without this, each edit of a
    rule left its old expressions behind, and the file every run reads grew without end
    (64 MB after a day of rule writing, a quarter of a second to read at every start).

    ``epoch`` (a function, asked only when saving) names the code and rules the entries
    come from: a save under the same epoch as the stored file is no new generation. So
    with unchanged rules nothing is ever dropped, however many runs save. Without it,
    every save was a generation: runs that compiled something new but never needed one
    of the large rule expressions (the texts lacked its words) dropped it after eight
    saves, and the next text that needed it compiled it again (up to a second each).
    Without ``epoch`` every save is a generation.

    Entries the cache folder lacks are looked up in the seed (see the module's docstring),
    under the same key, and unpacked one by one; they are not copied into the cache
    folder, which so holds only what the seed does not."""

    def __init__(self, name: str, key: "str | Callable[[], str]", keep: int = 8,
                 epoch: "Callable[[], str] | None" = None) -> None:
        self.name = name
        self._key = key
        self._keep = keep
        self._epoch = epoch
        self._data: dict | None = None
        self._seeded: "SeedEntries | None | bool" = False   # False: not looked up yet
        self._from_seed: dict = {}   # entries unpacked from the seed by this run
        self._used: dict = {}        # entry -> generation it was last read or written in
        self._touched: set = set()   # entries read or written by this run
        self.added: set = set()      # entries this run worked out (not from a file or seed)
        self._generation = 0         # of the file as read
        self._stored_epoch: "str | None" = None
        self._dirty = False

    @property
    def key(self) -> str:
        if callable(self._key):
            self._key = self._key()
        return self._key

    @property
    def data(self) -> dict:
        """The entries of the cache folder's file and those this run added (not the seed's)."""
        if self._data is None:
            stored = load(self.name, self.key, _valid_memo) or {"generation": 0, "entries": {}}
            self._generation = stored["generation"]
            self._stored_epoch = stored.get("epoch")
            self._data = {entry: value for entry, (_, value) in stored["entries"].items()}
            self._used = {entry: used for entry, (used, _) in stored["entries"].items()}
        return self._data

    def _lookup(self, entry: Any) -> "tuple[bool, Any]":
        data = self.data
        if entry in data:
            self._touched.add(entry)
            return True, data[entry]
        if entry in self._from_seed:
            self._touched.add(entry)
            return True, self._from_seed[entry]
        if self._seeded is False:
            self._seeded = seed_entries(self.name, self.key)
        if self._seeded:
            found, value = self._seeded.get(entry)
            if found:
                self._from_seed[entry] = value
                self._touched.add(entry)
                return True, value
        return False, None

    def get(self, entry: Any, default: Any = None) -> Any:
        found, value = self._lookup(entry)
        return value if found else default

    def __contains__(self, entry: Any) -> bool:
        return self._lookup(entry)[0]

    def __getitem__(self, entry: Any) -> Any:
        found, value = self._lookup(entry)
        if not found:
            raise KeyError(entry)
        return value

    def __setitem__(self, entry: Any, value: Any) -> None:
        self.data[entry] = value
        self._touched.add(entry)
        self.added.add(entry)
        self._dirty = True

    def pop(self, entry: Any) -> None:
        """Forget a bad entry: the caller works it out again and sets it."""
        self.data.pop(entry, None)
        self._from_seed.pop(entry, None)
        self._used.pop(entry, None)
        self._touched.discard(entry)

    def save(self) -> None:
        """Write the entries when this run added any (best effort, never raises).

        Entries another process wrote since this one read the file are kept: worker
        processes of one run each save what they compiled, and none may drop the others'."""
        if self._dirty and self._data is not None:
            generation, stored_epoch = self._generation, self._stored_epoch
            stored = load(self.name, str(self._key), _valid_memo)
            if stored is not None:
                for entry, (used, value) in stored["entries"].items():
                    if entry not in self._data:
                        self._data[entry] = value
                    self._used[entry] = max(used, self._used.get(entry, used))
                if stored["generation"] >= generation:
                    generation, stored_epoch = stored["generation"], stored.get("epoch")
            epoch = self._epoch() if self._epoch is not None else None
            if epoch is None or epoch != stored_epoch:
                generation += 1
            for entry in self._touched:
                if entry in self._data:
                    self._used[entry] = generation
            oldest = generation - self._keep
            entries = {entry: (self._used[entry], value) for entry, value in self._data.items()
                       if self._used.get(entry, oldest) > oldest}
            store(self.name, str(self._key),
                  {"generation": generation, "epoch": epoch, "entries": entries},
                  keep_latest=KEEP_VERSIONS)
            self._generation, self._stored_epoch = generation, epoch
            self._dirty = False


def _valid_memo(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("generation"), int)
            and isinstance(value.get("epoch"), (str, type(None)))
            and isinstance(value.get("entries"), dict)
            and all(isinstance(v, tuple) and len(v) == 2 for v in value["entries"].values()))


def file_key(path: str | os.PathLike) -> str:
    """A cheap identity for a data file: its name, size and modification time."""
    st = os.stat(path)
    return f"{os.fspath(path)}:{st.st_size}:{st.st_mtime_ns}"


def content_key(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def load_yaml(path: str | os.PathLike) -> Any:
    """Parse a YAML data file (safe loader), cached on disk by its content."""
    with open(path, "rb") as fh:
        data = fh.read()

    def build() -> Any:
        from ruamel.yaml import YAML

        return YAML(typ="safe", pure=True).load(data.decode("utf-8"))

    # one file per data file: an edited word list replaces its older version
    return cached("yaml-" + Path(path).stem, content_key(data), build, keep_latest=KEEP_VERSIONS,
                  seed_name="yaml-" + Path(path).stem)
