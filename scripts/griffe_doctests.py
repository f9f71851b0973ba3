"""A Griffe extension for the API reference: doctests and reST roles read as Markdown.

The docstrings of syriadiplo are written for ``pydoc`` and ``pytest
--doctest-modules``: examples are bare ``>>>`` blocks and cross-references are
reST roles (``:func:`extract```). mkdocstrings renders docstrings as Markdown,
where a bare ``>>>`` block is a nested quotation and a role is noise. This
extension, loaded by ``mkdocs.yml``, fences each doctest block as ``pycon`` and
turns each role into inline code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:func|class|meth|data|attr|mod|exc|obj|const):`~?([^`]+)`")
"""A reST role such as ``:class:`ValueError```; group 1 is its target."""


def fence_doctests(text: str) -> str:
    r"""Wrap each doctest block of ``text`` (``>>>`` up to a blank line) in a ``pycon`` fence.

    >>> fence_doctests("Try:\n\n>>> 1 + 1\n2\n\nEnd.").splitlines()
    ['Try:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'End.']
    """
    out: list[str] = []
    indent: str | None = None
    for line in text.splitlines():
        stripped = line.lstrip()
        if indent is None and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
        elif indent is not None and not stripped:
            out.append(f"{indent}```")
            indent = None
        out.append(line)
    if indent is not None:
        out.append(f"{indent}```")
    return "\n".join(out)


def plain_roles(text: str) -> str:
    """Replace reST roles by inline code: ``:func:`extract``` becomes `` `extract` ``."""
    return ROLE.sub(lambda match: f"`{match.group(1)}`", text)


class DoctestFences(griffe.Extension):
    """Rewrite every docstring as it is loaded: fenced doctests, roles as code."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of ``obj``, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(fence_doctests(obj.docstring.value))
