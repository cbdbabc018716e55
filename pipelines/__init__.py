"""What happens to an article once fetched: extract, dedup, detect, incidents, store, alerts.

Plain functions and records; nothing here imports Scrapy or touches the network.
"""

from __future__ import annotations

import os

# One BLAS thread, set before anything loads numpy (language identification, dedup): nothing here
# multiplies matrices big enough to gain from more, and on a small machine the extra threads of each
# extraction worker spin against the others (twice the CPU per page). Child processes inherit it;
# an operator's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
del _name
