"""YAML read and written with libyaml's safe loader and dumper when PyYAML was built
with them (the same safe subset of YAML, about ten times faster), else the
pure-Python ones.  The knowledge files and the articles' front matter are read with
``load``; the editor's files (``akhbar.overrides``, ``akhbar.stories.parse_edits``)
keep the pure-Python loader, whose messages name the line and column of a mistake."""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(text: str) -> Any:
    """The data of the YAML document *text* (``yaml.safe_load``)."""
    return yaml.load(text, Loader=SafeLoader)
