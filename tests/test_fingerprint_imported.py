"""The gazetteer index's fingerprint is of the builder code a process imported, not of
the files on disk: a checkout edited under a running process neither changes the index
that process finds nor lets it build an index of its old code under the new code's name
(geo.gazetteer.codes.note_import)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import geo
from geo.gazetteer import codes

from .waiting import CHILD_TIMEOUT_S


@pytest.fixture
def checkout(tmp_path):
    """A copy of the geo package (its data linked) and a cache directory of its own."""
    source = Path(geo.__file__).resolve().parent
    package = tmp_path / "src" / "geo"
    shutil.copytree(source, package, ignore=shutil.ignore_patterns("__pycache__", "data"))
    (package / "data").symlink_to(source / "data")
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "src"),
        "GEO_CACHE_DIR": str(tmp_path / "cache"),
    }
    return package, env


def _run(env, script):
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=Path(env["PYTHONPATH"]).parent,  # not a checkout's directory: the copy is imported
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_builder_module_edited_after_its_import_keeps_the_fingerprint(checkout):
    package, env = checkout
    script = f"""
import json
from pathlib import Path
from geo.gazetteer import cache
from geo.gazetteer.build import source_fingerprint
before = cache.current_fingerprint()
path = Path({str(package / "gazetteer" / "fuzzy.py")!r})
path.write_text(path.read_text(encoding="utf-8") + "\\n# edited\\n", encoding="utf-8")
print(json.dumps([before, cache.current_fingerprint(), source_fingerprint()]))
"""
    before, after, computed = _run(env, script)
    assert after == before and computed == before  # the code this process runs
    fresh = _run(env, "import json; from geo.gazetteer import cache; "
                      "print(json.dumps(cache.current_fingerprint()))")  # fmt: skip
    assert fresh != before  # a new process runs the edited code


def test_a_build_is_named_by_the_builder_it_imports(checkout):
    """A builder module edited after the index's name was found and before the builder
    is imported to build it: the index is named by the code that builds it."""
    package, env = checkout
    first = _run(env, "import json; from geo.gazetteer import cache; "
                      "print(json.dumps(cache.current_fingerprint()))")  # fmt: skip
    script = f"""
import contextlib, json, sys
from pathlib import Path
from geo.gazetteer import cache
real_lock = cache.cache_lock

@contextlib.contextmanager
def edit_then_lock(root):  # the edit lands while the process waits for the lock
    assert "geo.gazetteer.records" not in sys.modules
    path = Path({str(package / "gazetteer" / "records.py")!r})
    path.write_text(path.read_text(encoding="utf-8") + "\\n# edited\\n", encoding="utf-8")
    with real_lock(root):
        yield

def build(out):
    out.mkdir(parents=True)
    (out / "meta.json").write_text("{{}}")
    return out

cache.cache_lock, cache.build_default_index = edit_then_lock, build
print(json.dumps(cache.ensure_index().name))
"""
    built = _run(env, script)
    edited = _run(env, "import json; from geo.gazetteer import cache; "
                       "print(json.dumps(cache.current_fingerprint()))")  # fmt: skip
    assert edited != first and built.endswith(edited)


def test_every_builder_module_notes_its_import():
    codes.builder_digests()  # imports the ones not imported yet
    assert set(codes._IMPORTED) == set(codes.BUILDER_MODULES)
    for name, path in zip(codes.BUILDER_MODULES, codes.builder_files(), strict=True):
        assert codes._IMPORTED[name][0].startswith(f"{path}:")


def test_every_builder_module_notes_its_source_as_imported():
    # a builder module that does not call note_import has no digest: the fingerprint fails
    from geo.gazetteer import codes

    assert len(codes.builder_digests()) == len(codes.BUILDER_MODULES)
