"""What a real server process imports and calls, for tests/test_security.py (the proofs behind
security/vex.json). Python imports `sitecustomize` at start-up from sys.path: the tests put this
folder on PYTHONPATH of the server they start, and nothing happens unless SOMA_PROBE_OUT is set.

- Every 0.2 s (and at exit) it writes {"modules": sorted(sys.modules), "calls": [...]} to the
  file SOMA_PROBE_OUT names.
- SOMA_PROBE_WATCH="module:function,module:Class.method,..." records each call of those functions:
  the function is wrapped right after its module has run (an import hook), before any other module
  can take a reference to it, so aliases (`from module import function`) call the wrapper too.
"""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import importlib.util
import json
import os
import sys
import threading
import time

OUT = os.environ.get("SOMA_PROBE_OUT")
CALLS: list[str] = []


def _dump() -> None:
    tmp = f"{OUT}.tmp"
    with open(tmp, "w") as f:
        json.dump({"modules": sorted(sys.modules), "calls": list(CALLS)}, f)
    os.replace(tmp, OUT)


def _dump_forever() -> None:
    while True:
        _dump()
        time.sleep(0.2)


def _wrap(module, target: str, qualname: str) -> None:
    *path, name = qualname.split(".")
    owner = module
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)

    @functools.wraps(original)
    def recorder(*args, **kwargs):
        CALLS.append(target)
        return original(*args, **kwargs)

    setattr(owner, name, recorder)


class _Watcher(importlib.abc.MetaPathFinder):
    def __init__(self, targets: list[str]) -> None:
        self.watched: dict[str, list[str]] = {}
        for target in targets:
            module, qualname = target.split(":")
            self.watched.setdefault(module, []).append(qualname)

    def find_spec(self, name, path, target=None):
        if name not in self.watched:
            return None
        sys.meta_path.remove(self)  # the real finders find it
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_and_wrap(module) -> None:
            exec_module(module)
            for qualname in self.watched[name]:
                _wrap(module, f"{name}:{qualname}", qualname)

        spec.loader.exec_module = exec_and_wrap
        return spec


if OUT:
    watch = [t for t in os.environ.get("SOMA_PROBE_WATCH", "").split(",") if t]
    if watch:
        sys.meta_path.insert(0, _Watcher(watch))
    threading.Thread(target=_dump_forever, name="soma-probe", daemon=True).start()
    atexit.register(_dump)
