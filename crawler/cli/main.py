"""The `basewatch` command: the parser and the one place errors become messages and exit codes.

Each command lives in the module of its group (contracts, operate, incidents, outbox, catalog),
with its own subparser; a command is a thin wrapper that calls the library.
"""

from __future__ import annotations

import argparse
import logging
import sys

from crawler.cli import catalog, contracts, incidents, operate, outbox
from crawler.cli.common import UsageError
from pipelines.errors import ConfigError, DatabaseError, SchemaError


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"basewatch {version('basewatch')}"
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "basewatch (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="basewatch", description="Watch news outlets for strikes on military bases.")
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--database", metavar="URL", help="database URL (default from settings; env BASEWATCH_DATABASE_URL)")
    parser.add_argument("--config", metavar="DIR", help="config directory (default ./config; env BASEWATCH_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--log-format", choices=("text", "json"), default=None,
                        help="text (default) or json lines on stderr (default from settings log_format)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for commands in (contracts, operate, incidents, outbox, catalog):
        commands.add_commands(sub)
    return parser

def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not args.verbose:  # quiet by default: schema checks and scheduler ticks are not news; -v brings them back
        for chatty in ("alembic", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    if args.log_format == "json":
        from crawler.daemon.logfmt import configure_logging

        configure_logging(logging.DEBUG if args.verbose else logging.INFO, "json")
    try:
        return args.func(args)
    except ConfigError as exc:
        for problem in getattr(exc, "problems", [exc]):  # every problem at once, one line each
            print(f"basewatch: config error: {problem}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"basewatch: database error: {exc}", file=sys.stderr)
        return 2
    except (UsageError, SchemaError) as exc:
        print(f"basewatch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
