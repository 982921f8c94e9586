"""The real command on one article runs without garbage collections (geo.cli._one_article)."""

from __future__ import annotations

import gc
from argparse import Namespace

import pytest

from geo import cli


@pytest.fixture(autouse=True)
def _collector_restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()  # the context freezes what exists when it ends: give it back
    if enabled:
        gc.enable()


def _collecting_inside(own_process: bool, **args) -> bool:
    with cli._one_article(own_process, Namespace(**args)):
        return gc.isenabled()


@pytest.mark.parametrize("command", ["geocode", "parse", "map", "report"])
def test_one_article_commands_run_without_collections_then_collect_again(command):
    assert not _collecting_inside(True, command=command, jsonl=None)
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the command made is left out of later ones


@pytest.mark.parametrize(
    ("own_process", "args"),
    [
        (False, {"command": "parse", "jsonl": None}),  # a test's or a program's main()
        (True, {"command": "parse", "jsonl": ["corpus.jsonl"]}),  # a corpus: collects
        (True, {"command": "map", "jsonl": "corpus.jsonl"}),
        (True, {"command": "index"}),  # an index build makes objects for minutes
    ],
)
def test_corpora_index_builds_and_callers_main_collect(own_process, args):
    assert _collecting_inside(own_process, **args)


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    assert not _collecting_inside(True, command="parse", jsonl=None)
    assert not gc.isenabled()


def test_an_error_in_the_command_turns_collections_back_on():
    one = Namespace(command="parse", jsonl=None)
    with pytest.raises(RuntimeError), cli._one_article(True, one):
        raise RuntimeError("boom")
    assert gc.isenabled()
