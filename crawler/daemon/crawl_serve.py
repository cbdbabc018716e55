"""`crawl_main --serve`: plan after plan in one process, its extraction workers and ingest kept warm.

The protocol with the daemon (crawl_server.CrawlServer) is one JSON line per cycle on stdin,
{"plan": path, "stats": path}, answered when the cycle ended by one line on the reply
descriptor, {"returncode": n}, after its stats file was written. Cycles run one at a time, in
the order given. The end of stdin ends the process once the cycle in flight finished; SIGTERM
or SIGINT stop that cycle as they stop a one-shot crawl.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import deque

from crawler.daemon.crawl_main import PROCESS_STARTED, PhaseClock, cycle_stats, exit_code, write_stats
from crawler.daemon.logfmt import configure_logging
from crawler.item_pipelines import WarmIngest
from crawler.spiders.feeds import FeedSpider
from pipelines.netguard import forget_addresses

log = logging.getLogger(__name__)


def serve(settings, config, args, *, imported: float) -> int:
    from scrapy.crawler import CrawlerRunner
    from scrapy.utils.log import configure_logging as configure_scrapy_logging
    from scrapy.utils.misc import build_from_crawler, load_object
    from scrapy.utils.ossignal import install_shutdown_handlers
    from scrapy.utils.reactor import install_reactor

    install_reactor(settings["TWISTED_REACTOR"])
    from twisted.internet import reactor

    json_logs = args.log_format == "json"
    if json_logs:
        configure_logging(args.log_level, "json")
    configure_scrapy_logging(settings, install_root_handler=not json_logs)
    warm = WarmIngest()
    settings.set("BASEWATCH_WARM", warm, priority="cmdline")
    runner = CrawlerRunner(settings)
    # What CrawlerProcess.start does and CrawlerRunner leaves to its caller. The resolver above all:
    # without it connections would look names up again, past the address guard's pinned answers.
    resolver = build_from_crawler(load_object(settings["DNS_RESOLVER"]), runner, reactor=reactor)
    resolver.install_on_reactor()
    reactor.getThreadPool().adjustPoolsize(maxthreads=settings.getint("REACTOR_THREADPOOL_MAXSIZE"))
    os.set_inheritable(args.reply_fd, False)  # the answers too are this process's alone
    replies = os.fdopen(args.reply_fd, "w", encoding="utf-8", buffering=1)
    server = _Server(runner, reactor, config, replies, imported=imported)
    install_shutdown_handlers(server.signalled)
    threading.Thread(target=server.read_commands, args=(_commands(),), name="commands", daemon=True).start()
    try:
        reactor.run(installSignalHandlers=False)
    finally:
        warm.close()
    return 0


def _commands():
    """The daemon's pipe, on a descriptor of this process alone; stdin becomes /dev/null.

    Every process started from here (the fork server, the resource tracker, the workers) inherits
    stdin. Were the pipe still there, it would stay open after this process died, and the daemon's
    next request would be written into it instead of failing at once and starting a new process.
    """
    commands = os.fdopen(os.dup(0), encoding="utf-8")  # os.dup makes a descriptor children do not inherit
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return commands


class _Server:
    """Runs the cycles handed in, one at a time, on the reactor thread."""

    def __init__(self, runner, reactor, config, replies, *, imported: float):
        self.runner, self.reactor, self.config, self.replies = runner, reactor, config, replies
        self.imported = imported
        self.pending: deque[str] = deque()
        self.running = False
        self.ending = False
        self.cycles = 0

    def read_commands(self, stream) -> None:
        """On its own thread: each line to the reactor; at the end of input, the end."""
        for line in stream:
            if line.strip():
                self.reactor.callFromThread(self.submit, line)
        self.reactor.callFromThread(self.end)

    def submit(self, line: str) -> None:
        self.pending.append(line)
        self._next()

    def end(self) -> None:
        self.ending = True
        self._next()

    def signalled(self, signum, _frame) -> None:
        log.info("signal %s: stopping the crawl server", signum)
        self.reactor.callFromThread(self._stop_now)

    def _stop_now(self) -> None:
        self.ending = True
        self.pending.clear()
        if self.running:
            self.runner.stop()  # the cycle ends as a stopped one: its new entries stay due
        else:
            self._next()

    def _next(self) -> None:
        if self.running:
            return
        if not self.pending:
            if self.ending and self.reactor.running:
                self.reactor.stop()
            return
        line = self.pending.popleft()
        try:
            command = json.loads(line)
            plan, stats_path = str(command["plan"]), command.get("stats")
        except (ValueError, KeyError, TypeError):
            log.error("crawl server: not a cycle request: %.200r", line)
            self._reply(2)
            self._next()
            return
        self._run(plan, stats_path)

    def _run(self, plan: str, stats_path: str | None) -> None:
        # The first cycle pays the process start, as a one-shot crawl does; later ones start now.
        first = self.cycles == 0
        origin = PROCESS_STARTED if first else time.time()
        cpu = os.times()
        cpu_before = 0.0 if first else cpu.user + cpu.system
        forget_addresses()  # each cycle looks its hosts up afresh, as a fresh process would
        crawler = self.runner.create_crawler(FeedSpider)
        clock = PhaseClock(crawler, origin)
        if first:
            clock.times["basewatch/t/imported"] = round(self.imported - PROCESS_STARTED, 3)
        self.running = True
        self.cycles += 1
        done = self.runner.crawl(crawler, plan=plan, database_url=self.config.database_url,
                                 max_entries=self.config.crawl.max_entries_per_feed)

        def finished(failure) -> None:
            if failure is not None:
                log.error("crawl cycle failed: %s", failure.getTraceback())
            stats = cycle_stats(crawler, clock, cpu_before)
            try:
                write_stats(stats_path, stats)
            except OSError as exc:  # the daemon may have given up on this cycle and removed its folder
                log.error("crawl server: stats not written: %s", exc)
            self.running = False
            self._reply(1 if failure is not None else exit_code(stats))
            self._next()

        done.addCallbacks(lambda _: finished(None), finished)

    def _reply(self, code: int) -> None:
        try:
            self.replies.write(json.dumps({"returncode": code}) + "\n")
        except OSError:  # the daemon is gone: nobody waits for more cycles
            log.error("crawl server: the daemon stopped listening; ending")
            self.ending = True
            self.pending.clear()
