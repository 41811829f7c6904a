"""Structural rules of the code base, checked with ``ast``.

* ``app/core`` never imports Qt (PySide6, shiboken6): the core must run headless, in worker
  processes and from the command line.
* Only the network module may import a networking library: this is how StillMine proves
  that nothing else can send anything anywhere.
* Every module and public class has a docstring.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
QT_PACKAGES = {"PySide6", "shiboken6"}
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http.client",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc.client",
    "asyncio",
    "PySide6.QtNetwork",
    "websocket",
    "websockets",
}
#: The one module allowed to open network connections.
NETWORK_MODULE = APP / "core" / "net.py"


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, module) for every import in a file, including relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                yield node.lineno, argument.value


def _is_dynamic_import(node: ast.Call) -> bool:
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return name in {"import_module", "__import__"} and bool(node.args)


def _matches(module: str, forbidden: set[str]) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in forbidden)


def test_core_never_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(APP.parent)}:{line} imports {module}"
        for path in python_files(APP / "core")
        for line, module in imported_modules(path)
        if module.split(".")[0] in QT_PACKAGES
    ]
    assert not offenders, "app/core must stay free of Qt:\n" + "\n".join(offenders)


def test_only_the_network_module_imports_networking_libraries() -> None:
    offenders = [
        f"{path.relative_to(APP.parent)}:{line} imports {module}"
        for path in python_files(APP)
        if path != NETWORK_MODULE
        for line, module in imported_modules(path)
        if _matches(module, NETWORK_MODULES)
    ]
    assert not offenders, "only app/core/net.py may use the network:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "from http import client",
        "from urllib.request import urlopen",
        "import importlib\nimportlib.import_module('requests')",
        "from PySide6 import QtNetwork",
    ],
)
def test_the_import_rules_catch_each_form_of_import(tmp_path: Path, source: str) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(source)
    found = [module for _line, module in imported_modules(probe)]
    assert any(_matches(module, NETWORK_MODULES) for module in found), found


def test_urllib_parse_is_allowed(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from urllib.parse import urlsplit\nimport urllib.parse")
    assert not [m for _l, m in imported_modules(probe) if _matches(m, NETWORK_MODULES)]


def test_every_module_and_public_class_has_a_docstring() -> None:
    missing = []
    for path in python_files(APP):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.stat().st_size and not ast.get_docstring(tree):
            missing.append(f"{path.relative_to(APP.parent)}: module")
        missing.extend(
            f"{path.relative_to(APP.parent)}:{node.lineno}: class {node.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and not node.name.startswith("_")
            and not ast.get_docstring(node)
        )
    assert not missing, "docstrings missing:\n" + "\n".join(missing)
