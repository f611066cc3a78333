"""The exception tree lives in one module: every error the build raises is an
``akhbar.errors.AkhbarError`` defined there, so a caller catches the build's errors with one
class and finds them all in one place."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import akhbar
from akhbar import errors

MODULES = sorted(m.name for m in pkgutil.iter_modules(akhbar.__path__, "akhbar."))


@pytest.mark.parametrize("name", MODULES)
def test_no_exception_class_outside_errors(name: str) -> None:
    module = importlib.import_module(name)
    defined_here = [
        cls.__name__
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == name
    ]
    assert name == "akhbar.errors" or defined_here == []


def test_every_error_is_an_akhbar_error() -> None:
    classes = [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == "akhbar.errors"
    ]
    assert len(classes) >= 7
    assert all(issubclass(cls, errors.AkhbarError) for cls in classes)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("akhbar.knowledge", "KnowledgeError"),  # knowledge/*.yml
        ("akhbar.collation", "FilingError"),  # knowledge/filing.yml
        ("akhbar.i18n", "CatalogError"),  # locale/*.po
    ],
)
def test_modules_raise_the_shared_classes(module: str, name: str) -> None:
    assert getattr(importlib.import_module(module), name) is getattr(errors, name)
