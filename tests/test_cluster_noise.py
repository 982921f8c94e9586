"""The CLI's filter of a Dask cluster's log noise (geo.cli._cluster_noise): a stop's
forgotten keys are no news, a real error of the scheduler is."""

import logging

from geo.cli import _cluster_noise


def _record(name, level, msg, *args):
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_the_keys_a_stop_forgets_are_not_said():
    forgotten = _record("distributed.scheduler", logging.ERROR, "Couldn't gather keys: %s",
                        {"_run_block-1": "forgotten"})
    assert not _cluster_noise(forgotten)


def test_other_errors_and_geo_records_are_said():
    assert _cluster_noise(_record("distributed.scheduler", logging.ERROR, "Worker died"))
    assert not _cluster_noise(_record("distributed.nanny", logging.WARNING, "killing"))
    assert _cluster_noise(_record("geo.cli", logging.WARNING, "Couldn't gather keys"))
