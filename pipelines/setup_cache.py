"""What the ingest set-up builds, kept on disk: keyed by the bytes of every input, never invalidated.

Each crawl cycle that stores an article builds the gazetteer (bases.yaml, places.yaml, an
Aho-Corasick automaton and a regex over every alias) and each language's lexicon regex. A
cached copy is used only when the config files, the pattern and the code that builds it are
byte for byte the ones it came from, so an edited bases.yaml or lexicon (a config reload) is
read afresh by construction; nothing has to be invalidated.
"""

from __future__ import annotations

import array
import hashlib
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
_DETECT_CODE = Path(__file__).resolve().parent / "detect"  # the classes and functions a cached copy holds
_CONFIG_CODE = ("config.py", "config_models.py")  # the entry models and the reader they are validated by
_KEEP = 4  # copies kept per name: a few config versions, not one file per edit forever


def cache_dir() -> Path:
    """BASEWATCH_CACHE_DIR, else $XDG_CACHE_HOME/basewatch, else ~/.cache/basewatch."""
    explicit = os.environ.get("BASEWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "basewatch"


def content_key(paths: Iterable[Path], extra: str = "") -> str:
    """A digest of each file's path and bytes (a missing file counts too), of `extra`, and of this Python."""
    digest = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0{extra}\0".encode())
    for path in paths:
        digest.update(f"{path}\0".encode())
        digest.update(_code_digest(path) if path.suffix == ".py" else _file_bytes(path))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, or a mark for a missing one."""
    try:
        return path.read_bytes()
    except OSError:
        return b"\0missing"


_CODE_SEEN: dict[Path, bytes] = {}


def _code_digest(path: Path) -> bytes:
    """A code file's digest as this process first read it. The process runs the code it loaded then: where
    an upgrade is installed under a running daemon, the daemon goes on filing what its old code builds
    under the old code's key, never under the new code's, which the next start would read."""
    seen = _CODE_SEEN.get(path)
    if seen is None:
        seen = _CODE_SEEN[path] = hashlib.sha256(_file_bytes(path)).digest()
    return seen


def _private(directory: Path) -> bool:
    """Unpickling runs code: read only a folder this user owns that nobody else can write to."""
    try:
        info = directory.stat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T], *, extra: str = "",
           use: Callable[[T], object] = lambda value: value):
    """`use(build())`, or `use()` of the copy `build()` returned before from the very same inputs (and `extra`).

    A cache that cannot be read or written, or a copy `use` refuses, costs a rebuild and a
    warning, never the cycle.
    """
    try:
        directory = cache_dir()
    except RuntimeError:  # no home directory to put it in (a system user) and no folder named
        return use(build())
    path = directory / f"{name}-{content_key(inputs, extra)}.pickle"
    if _private(directory):
        try:
            with path.open("rb") as handle:
                return use(pickle.load(handle))
        except FileNotFoundError:
            pass
        except Exception as exc:  # a truncated or foreign file: build it again
            log.warning("%s: cached copy not used (%s: %s); rebuilding it", path, type(exc).__name__, exc)
    value = build()
    temporary = None
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(directory):
            log.warning("%s: not caching there: others can write to it, or it is not this user's", directory)
            return use(value)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{name}-", delete=False) as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)  # whole or not at all, whichever process writes it too
        temporary = None
        _prune(directory, name)
    except (OSError, pickle.PicklingError) as exc:
        log.warning("%s: not cached: %s", path, exc)
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return use(value)


def _prune(directory: Path, name: str) -> None:
    """Keep the newest few copies of `name` (another process may be pruning too)."""
    copies = []
    for path in directory.glob(f"{name}-*.pickle"):
        try:
            copies.append((path.stat().st_mtime, path))
        except FileNotFoundError:
            continue
    for _mtime, old in sorted(copies, reverse=True)[_KEEP:]:
        old.unlink(missing_ok=True)


def cached_gazetteer(bases_path: Path):
    """load_gazetteer(bases_path), from the disk cache while bases.yaml, places.yaml and the code are unchanged."""
    from pipelines.detect import load_gazetteer

    bases_path = Path(bases_path)
    inputs = [bases_path, bases_path.with_name("places.yaml"),
              *sorted(_DETECT_CODE.glob("*.py")), *(_DETECT_CODE.parent / name for name in _CONFIG_CODE)]
    return cached("gazetteer", inputs, lambda: load_gazetteer(bases_path))


def cached_pattern(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), with the compiled program kept on disk under `name`.

    A lexicon's trie of every term is a regex of 100,000s of characters: Python's parser takes
    0.1-1.5 s of CPU over it, in every cycle, for every language met, while building the pattern
    from its compiled program takes milliseconds. The program is `re`'s own (this Python's; the
    key holds its version), and `_sre` checks it before use: a damaged copy is rebuilt.
    """
    try:
        from re import _compiler, _parser
        import _sre

        magic = _sre.MAGIC
    except (ImportError, AttributeError):  # another Python's `re`: compile as usual
        return re.compile(pattern, flags)

    def build() -> tuple:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groups = parsed.state.groupdict
        names = [None] * parsed.state.groups
        for group, index in groups.items():
            names[index] = group
        return (flags | parsed.state.flags, array.array("I", code).tobytes(), parsed.state.groups - 1,
                dict(groups), tuple(names))

    def use(compiled: tuple) -> re.Pattern[str]:
        all_flags, code, groups, group_index, index_group = compiled
        return _sre.compile(pattern, all_flags, array.array("I", code).tolist(), groups, group_index, index_group)

    try:
        return cached(name, [], build, extra=f"{magic}\0{_sre.CODESIZE}\0{flags}\0{pattern}", use=use)
    except Exception as exc:  # noqa: BLE001 - a pattern the cache cannot make is compiled as usual
        log.warning("%s: compiled pattern not used (%s: %s); compiling it", name, type(exc).__name__, exc)
        return re.compile(pattern, flags)
