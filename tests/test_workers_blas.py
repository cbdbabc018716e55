"""BLAS thread cap: extraction workers and the project's processes run numpy with one BLAS thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT
from pipelines.extract.workers import ExtractionPool

BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PROBE = ("import json, numpy; from threadpoolctl import threadpool_info; "
         "print(json.dumps([info['num_threads'] for info in threadpool_info() if info['user_api'] == 'blas']))")


def blas_threads_here() -> list[int]:
    """BLAS thread counts of the process this runs in (a worker, when scheduled on the pool)."""
    import numpy  # noqa: F401  (loads OpenBLAS, as language identification does)
    from threadpoolctl import threadpool_info

    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]


def _probe(env_overrides: dict[str, str]) -> list[int]:
    """A fresh interpreter that imports the command line first, as `basewatch` does, then numpy."""
    env = {key: value for key, value in os.environ.items() if key not in BLAS_VARIABLES}
    env.update(env_overrides)
    out = subprocess.run([sys.executable, "-c", "import crawler.cli.main; " + PROBE], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return json.loads(out)


def test_extraction_workers_run_one_blas_thread():
    with ExtractionPool(workers=2, timeout=60) as pool:
        threads = [pool._pool.schedule(blas_threads_here).result(timeout=120) for _ in range(2)]
    assert threads == [[1], [1]]


def test_processes_default_to_one_blas_thread_and_keep_an_operators_setting():
    assert _probe({}) == [1]
    assert _probe({"OPENBLAS_NUM_THREADS": "2"}) == [2]
