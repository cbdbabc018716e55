"""Every third-party module the code imports is a declared dependency in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[=<>\[ ;]", spec)[0].lower().replace("_", "-") for spec in project["dependencies"]}


def _imported() -> dict[str, Path]:
    """Top-level module names imported by the project's code (not its tests), with one file each."""
    found: dict[str, Path] = {}
    for path in sorted([*(ROOT / "pipelines").rglob("*.py"), *(ROOT / "crawler").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("pipelines", "crawler", "__future__"):
                    found.setdefault(top, path.relative_to(ROOT))
    return found


def test_imports_are_declared_dependencies() -> None:
    declared, distributions = _declared(), packages_distributions()
    undeclared = [f"{module} (in {path})" for module, path in _imported().items()
                  if not any(d.lower().replace("_", "-") in declared for d in distributions.get(module, []))]
    assert not undeclared, undeclared
