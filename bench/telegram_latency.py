"""Alert latency for Telegram channels: from a message's publication to its alert on the local SMTP sink.

Five channels on a local preview server publish statements of attacks on distinct installations
(one incident, one alert each). Each cycle is run as the daemon runs it (`run_cycle`, then the
sender), and each alert's arrival on the mail sink is timed. A message's latency is the wait for
the next poll of its channel (its publication falls uniformly within the configured interval
before that poll: simulated, not slept) plus the measured time from the poll's start to the mail.
Prints median and 95th percentile; asserts nothing.

    .venv/bin/python bench/telegram_latency.py [--messages 100] [--per-cycle 10] [--interval-minutes 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import read_mail, sessions_for, write_config  # noqa: E402
from crawler.daemon.cycle import run_cycle  # noqa: E402
from crawler.offline.mailsink import MailSink  # noqa: E402
from faults.helpers import FaultServer  # noqa: E402
from pipelines.config import load_config  # noqa: E402
from pipelines.alerts.sender import send_pending  # noqa: E402
from telegram_host import Channels  # noqa: E402  (the preview host the tests serve)

CHANNELS = ("front_media_office", "gulf_wire_flash", "levant_relay", "tigris_flash", "zagros_wire")
STATEMENT = ("Statement of the Islamic Resistance in Iraq: our mujahideen targeted {base} with a drone "
             "this morning, and the drone hit its target.")


def _bases(count: int) -> list[str]:
    """Installations of the shipped gazetteer, one per message: each statement is its own incident."""
    bases = yaml.safe_load((ROOT / "config" / "bases.yaml").read_text(encoding="utf-8"))["bases"]
    names = [base["name"] for base in bases if base.get("country") in ("IQ", "SY", "JO", "KW", "BH", "QA", "AE")]
    if len(names) < count:
        raise SystemExit(f"only {len(names)} installations in the region's gazetteer; ask for fewer messages")
    return random.Random(7).sample(names, count)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--per-cycle", type=int, default=10)
    parser.add_argument("--interval-minutes", type=float, default=5.0)
    args = parser.parse_args()
    interval = args.interval_minutes * 60
    rng = random.Random(11)
    bases = _bases(args.messages)
    channels = Channels()
    channels.posts = {name: (name.replace("_", " ").title(), []) for name in CHANNELS}
    waits, processing, missing = {}, {}, []
    with tempfile.TemporaryDirectory(prefix="bw-tg-bench-") as tmp, MailSink(Path(tmp) / "mail") as sink, \
            FaultServer({f"/s/{name}": channels.route(name) for name in CHANNELS}) as server:
        sources = [{"id": name.replace("_", "-"), "name": name.replace("_", " ").title(), "country": "IQ",
                    "language": "en", "channel": name, "interval_minutes": max(1, round(args.interval_minutes))}
                   for name in CHANNELS]
        config = load_config(write_config(Path(tmp) / "config", database=f"sqlite:///{tmp}/db.sqlite",
                                          smtp_port=sink.port, sources=sources,
                                          recipients=[{"email": "desk@basewatch.test"}],
                                          crawl={"telegram_base_url": server.base}))
        sessions = sessions_for(config)
        everyone = {source["id"] for source in sources}
        run_cycle(config, only=everyone)  # the first poll of each channel (nothing posted yet)
        next_id = {name: 100 for name in CHANNELS}
        for start in range(0, args.messages, args.per_cycle):
            poll_at = datetime.now(UTC)
            for base in bases[start:start + args.per_cycle]:
                channel = rng.choice(CHANNELS)
                next_id[channel] += 1
                wait = rng.uniform(0, interval)
                url = f"https://t.me/{channel}/{next_id[channel]}"
                waits[url] = wait
                channels.posts[channel][1].append({"id": next_id[channel], "at": poll_at - timedelta(seconds=wait),
                                                   "text": STATEMENT.format(base=base)})
            started, seen = time.time(), set(sink.messages())
            run_cycle(config, only=everyone)
            send_pending(sessions, config.settings.smtp)
            for path in set(sink.messages()) - seen:
                body = read_mail(path).get_body(preferencelist=("plain",)).get_content()
                for url in waits:
                    if url in body and url not in processing:
                        processing[url] = path.stat().st_mtime - started
        missing = [url for url in waits if url not in processing]
    latencies = [waits[url] + seconds for url, seconds in processing.items()]
    print(f"{len(waits)} messages on {len(CHANNELS)} channels, {args.per_cycle} per poll, "
          f"interval {args.interval_minutes:g} min; {len(processing)} alerted, {len(missing)} not alerted")
    if processing:
        measured = list(processing.values())
        print(f"poll start -> mail (measured): median {statistics.median(measured):.1f} s, "
              f"p95 {_percentile(measured, 0.95):.1f} s")
        print(f"publication -> mail (with the simulated wait for the poll): median "
              f"{statistics.median(latencies) / 60:.2f} min, p95 {_percentile(latencies, 0.95) / 60:.2f} min")


if __name__ == "__main__":
    main()
