"""Builds the one C extension, the compiled block walk (src/dechrome/blocks/_walk.pyx).

It is optional: when Cython, lxml's headers or a C compiler are missing, or the compile
fails, the install goes on without it and dechrome runs its pure-Python walk, which gives
the same blocks (as markupsafe and msgpack do for their speedups).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """build_ext that warns instead of failing."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, broken toolchain
            _skipped(exc)

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            _skipped(exc)


def _skipped(exc: Exception) -> None:
    print(
        f"dechrome: the compiled walk was not built ({exc}); the pure-Python walk will run", file=sys.stderr
    )
    # An editable install builds in place: an older build must not stand in for the source.
    for stale in Path(__file__).parent.glob("src/dechrome/blocks/_walk.*.so"):
        stale.unlink()


def _extensions() -> list[Any]:
    try:
        import lxml
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError as exc:
        _skipped(exc)
        return []
    ext = Extension(
        "dechrome.blocks._walk", ["src/dechrome/blocks/_walk.pyx"], include_dirs=lxml.get_include()
    )
    try:
        return list(cythonize([ext], quiet=True))
    except Exception as exc:
        _skipped(exc)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
