"""Work in processes forked from this one: the one way the build works in parallel.

Extraction, MkDocs and WeasyPrint each use one core.  A forked process inherits
everything this process has loaded (hazm's lexicon and the knowledge, MkDocs and the
theme's modules) and, in tests, what it has patched, so it starts at once.

* :class:`Forked`: one piece of work in a process of its own, its result asked for later
  (:func:`apart`: asked for at once);
* :func:`each_forked`: several, at most so many at a time, each result as it comes;
* :func:`process_pool`: many small jobs (the articles to extract) over a pool of forked
  workers, for ``Executor.map``.

Where processes cannot be forked, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class Forked:
    """*work* run in a process forked from this one, which inherits everything loaded
    here.  ``result()`` waits for what it returned (pickled into a private folder by that
    process); when the process failed, *work* runs here instead, so that its error is
    raised here with its trace and nothing is lost.  Where processes cannot be forked,
    *work* runs here when its result is asked for."""

    def __init__(self, work: Callable[[], Any], *, daemon: bool = True) -> None:
        """*daemon*: False for work that forks processes of its own (a daemonic process
        may not); such a process is stopped by ``close``, not by this one's exit."""
        self._work = work
        self._process: Any = None
        self._folder: Any = None
        if not can_fork():
            return
        self._folder = tempfile.TemporaryDirectory(prefix="akhbar-")
        self._path = Path(self._folder.name) / "result.pickle"
        self._process = multiprocessing.get_context("fork").Process(target=self._run, daemon=daemon)
        self._process.start()

    def _run(self) -> None:
        result = self._work()
        partial = self._path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, self._path)

    @property
    def sentinel(self) -> int | None:
        """What ``multiprocessing.connection.wait`` waits on (None: nothing runs)."""
        return None if self._process is None else self._process.sentinel

    def result(self) -> Any:
        if self._process is not None:
            self._process.join()
            if self._process.exitcode == 0 and self._path.is_file():
                return pickle.loads(self._path.read_bytes())
        return self._work()

    def close(self) -> None:
        """Stop the process if it still runs and remove its folder."""
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()
        if self._folder is not None:
            self._folder.cleanup()


def apart[T](work: Callable[[], T], *, daemon: bool = True) -> T:
    """What *work* returns, run in a process forked for it (:class:`Forked`) and waited
    for: the memory it worked in goes with that process."""
    forked = Forked(work, daemon=daemon)
    try:
        return forked.result()
    finally:
        forked.close()


def each_forked[K](works: Mapping[K, Callable[[], Any]], at_once: int) -> Iterator[tuple[K, Any]]:
    """Each of *works* run in a forked process (:class:`Forked`), at most *at_once* at
    the same time, in their order: ``(key, what it returned)`` as each ends."""
    from multiprocessing.connection import wait

    waiting = list(works.items())
    running: dict[K, Forked] = {}
    try:
        while waiting or running:
            while waiting and len(running) < max(1, at_once):
                key, work = waiting.pop(0)
                running[key] = Forked(work)
            sentinels = [f.sentinel for f in running.values() if f.sentinel is not None]
            ended = set(wait(sentinels)) if sentinels else set()
            for key in [k for k, f in running.items() if f.sentinel is None or f.sentinel in ended]:
                forked = running.pop(key)
                try:
                    result = forked.result()
                finally:
                    forked.close()
                yield key, result
    finally:
        for forked in running.values():
            forked.close()


def process_pool(workers: int) -> Any:
    """A process pool whose workers are forked where the platform can: they inherit
    what the parent has loaded (and, in tests, what it has patched)."""
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if can_fork() else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
