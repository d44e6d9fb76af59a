"""Every word list of retrieval/data/ names, in its header comment, the code that reads it: a module
(``retrieval/attribution/clauses.py``, ``pages/textpage.py``) or a module's function, class or
constant (``clauses._answerer_titles``, ``textpage.dateline_words``) that opens that very file. Every
other module a header names (the code that uses the words: ``turns._host``) must exist, and each name
after a module must be defined in it (not only imported) — so a header cannot go on naming a reader
or a function the code moved away from."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "retrieval" / "data"
# the packages whose modules a header may name
PACKAGES = ("retrieval", "bench")
_PATH = re.compile(r"\b(?:[a-z_]+/)*[a-z_]+\.py\b")
_DOTTED = re.compile(r"(?<![\w./])[a-z_]+(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


def _modules() -> dict[str, list[Path]]:
    """Dotted suffixes of each module's name (clauses, attribution.clauses, retrieval.attribution.clauses)
    → the module files so named."""
    found: dict[str, list[Path]] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            for i in range(len(parts)):
                found.setdefault(".".join(parts[i:]), []).append(path)
    return found


MODULES = _modules()


def _header(path: Path) -> str:
    """The comment lines that open the file."""
    lines = []
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


def _references(header: str) -> list[tuple[str, list[Path], tuple[str, ...]]]:
    """(the words, the module files they may mean, the attribute path after the module) of each
    reference to a project module in ``header``; words naming no project module are left out."""
    refs = []
    for m in _PATH.finditer(header):
        key = m.group().removesuffix(".py").replace("/", ".")
        refs.append((m.group(), MODULES.get(key, []), ()))
    for m in _DOTTED.finditer(_PATH.sub(" ", header)):
        parts = m.group().split(".")
        if parts[-1] in ("txt", "md", "jsonl", "json"):
            continue
        for cut in range(len(parts), 0, -1):
            if ".".join(parts[:cut]) in MODULES:
                refs.append((m.group(), MODULES[".".join(parts[:cut])], tuple(parts[cut:])))
                break
    return refs


def _defined(tree: ast.AST, names: tuple[str, ...]) -> bool:
    """Is ``names`` (a top-level name, then names inside its class) defined in ``tree``?"""
    body = tree.body
    for name in names:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
                body = getattr(node, "body", [])
                break
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            if any(n.id == name for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)):
                body = []
                break
        else:
            return False
    return True


def _opens(tree: ast.AST, file_name: str) -> bool:
    """Does the code (not a docstring or a comment) hold the file's name as a string of its own?"""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return any(isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
               and (node.value == file_name or node.value.endswith("/" + file_name))
               for node in ast.walk(tree))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_the_header_names_the_code_that_reads_the_file(path):
    readers = []
    for words, candidates, names in _references(_header(path)):
        assert candidates, f"{path.name}: {words} names no module of {PACKAGES}"
        trees = [t for t in (ast.parse(p.read_text("utf-8")) for p in candidates) if _defined(t, names)]
        assert trees, f"{path.name}: {words} is defined nowhere"
        readers += [words for t in trees if _opens(t, path.name)]
    assert readers, f"{path.name}: the header names no module that opens the file"


def test_the_check_catches_a_stale_reader():
    """A header naming a function that moved, a module that does not read the file or one that does
    not exist is caught."""
    words, candidates, names = _references("# Words (speakers._nominal).\n")[0]
    assert names == ("_nominal",) and candidates
    assert not any(_defined(ast.parse(p.read_text("utf-8")), names) for p in candidates)
    (_, candidates, names), = _references("# Words (retrieval/attribution/speakers.py).\n")
    assert not any(_opens(ast.parse(p.read_text("utf-8")), "according.txt") for p in candidates)
    assert _references("# Words (retrieval/nowhere.py).\n")[0][1] == []
    assert _references("# Words (unicodedata.name, data/titles.txt).\n") == []
