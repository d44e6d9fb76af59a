"""The architecture, checked from the source: no import circles in retrieval/, each layer imports
only the layers below it, and no module reads another's private attributes.

Every ``import`` and ``from … import`` statement of every module under retrieval/ (at module
level or inside a function) is read with ``ast``; a relative import is resolved against the
module's package. A package's ``__init__`` re-exports are followed like any other import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "retrieval"

# What each layer may import (besides itself); a layer is a top-level module or subpackage.
ALLOWED = {
    "errors": set(),
    "models": set(),
    "settings": {"errors"},
    "text": set(),
    "segmentation": set(),
    "attribution": {"models", "text", "segmentation"},
    "pages": {"errors", "models", "text", "attribution"},
    "search": {"errors", "models", "text", "segmentation"},
    "corpus": {"models", "text", "attribution", "pages", "search"},
    "cache": {"errors", "models", "settings", "text", "pages", "search", "corpus"},
    "retriever": {"errors", "models", "settings", "text", "pages", "search", "corpus", "cache"},
    "evaluation": {"errors", "models", "settings", "text", "pages", "attribution", "retriever"},
    "chat": {"errors", "models", "text", "search", "retriever"},
    "cli": {"errors", "models", "settings", "text", "search", "cache", "retriever", "evaluation", "chat", "__init__"},
    "__main__": {"cli"},
    "__init__": {"errors", "models", "corpus", "retriever"},
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """The retrieval modules ``path`` imports (absolute dotted names)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "retrieval")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.split(".")[0] != "retrieval":
                continue
            out.add(mod)
            for a in node.names:  # ``from . import htmlpage`` imports a module
                if _exists(f"{mod}.{a.name}"):
                    out.add(f"{mod}.{a.name}")
    out.discard(name)
    return out


def _exists(dotted: str) -> bool:
    rel = Path(*dotted.split(".")[1:])
    return (PKG / rel).with_suffix(".py").is_file() or (PKG / rel / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PKG.rglob("*.py"))}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_import_circles():
    graph = _graph()
    # ``from ..models import X`` runs retrieval/__init__ first, ``from . import htmlpage`` its own
    # package's: that is Python's package machinery, not a dependency of the module on its
    # packages' re-exports, so edges to a module's own ancestors are left out.
    edges = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(edges.get(m, ())):
            if state.get(d) == 1:
                pytest.fail("import circle: " + " → ".join(stack[stack.index(d) :] + [d]))
            if d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m)


def test_each_layer_imports_only_the_layers_below_it():
    wrong = []
    for module, deps in _graph().items():
        layer = _layer(module)
        for d in deps:
            other = _layer(d)
            if other != layer and other not in ALLOWED[layer]:
                wrong.append(f"{module} imports {d}")
    assert not wrong, wrong


def test_no_module_reads_another_objects_private_attributes():
    """``x._name`` only on ``self`` or ``cls`` (dunders aside)."""
    found = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{path.relative_to(PKG)}:{node.lineno} .{node.attr}")
    assert not found, found


def test_retrieval_never_imports_telegram():
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] in ("telegram", "bot") for n in names), path
