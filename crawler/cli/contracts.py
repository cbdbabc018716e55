"""The JSON-lines contract tools: `extract`, `detect`, `dedup` (outside tools measure the project by them)."""

from __future__ import annotations

from crawler.cli.common import int_in, log, parse_time, read_jsonl, write_line
from pipelines.latin import latin


def cmd_extract(args) -> int:
    """Example: basewatch extract --jsonl pages.jsonl > articles.jsonl"""
    from pipelines.extract.workers import ExtractionPool

    records = list(read_jsonl(args.jsonl))
    with ExtractionPool(workers=args.workers, timeout=args.timeout) as pool:
        futures = [pool.submit(str(r.get("html") or ""), str(r.get("url") or "")) for r in records]
        for record, future in zip(records, futures):
            try:
                result = future.result()
            except Exception as exc:  # timeout or a crashed worker: an empty answer, not a failure
                log.warning("extract %s: %r", record.get("id"), exc)
                result = None
            write_line({
                "id": record.get("id"),
                "title": result.title if result else None,
                "text": (result.text or None) if result else None,
                "published": result.published.isoformat() if result and result.published else None,
                "language": result.language if result else None,
            })
    return 0


def detection_record(record_id, detection) -> dict:
    """The contract's line for one article."""
    return {
        "id": record_id,
        "strike": detection.strike,
        "score": round(detection.score, 4),
        "reports": [{
            "base": r.base, "base_id": r.base_id, "country": r.country, "attack_type": r.attack_type,
            "actor": r.actor, "event_date": r.event_date.isoformat() if r.event_date else None,
            "evidence": r.evidence, "region": r.region, "mention": r.mention, "mention_latin": latin(r.mention),
            "killed": r.killed, "wounded": r.wounded, "confidence": round(r.confidence, 4),
            "confirmed_by": r.confirmed_by, "actor_written": r.actor_written,
        } for r in detection.reports],
    }


def cmd_detect(args) -> int:
    """Example: basewatch detect --jsonl articles.jsonl [--explain]"""
    from pipelines.detect import load_gazetteer
    from pipelines.detect.detector import analyse
    from pipelines.detect.explain import reasons

    gazetteer = load_gazetteer(args.bases) if args.bases else None
    for record in read_jsonl(args.jsonl, required=("id", "text")):
        found = analyse(str(record.get("text") or ""), title=record.get("title"),
                        published=parse_time(record.get("published")), language=record.get("language"),
                        gazetteer=gazetteer)
        line = detection_record(record.get("id"), found.detection)
        if args.explain:
            line["explain"] = reasons(found)  # from the same analysis: the article is read once
        write_line(line)
    return 0


def cmd_dedup(args) -> int:
    """Example: basewatch dedup --jsonl articles.jsonl"""
    from pipelines.dedup.stories import assign_stories

    for result in assign_stories(read_jsonl(args.jsonl)):
        write_line(result)
    return 0


def add_commands(sub) -> None:
    """This module's subcommands on the `basewatch` parser."""
    p = sub.add_parser("extract", help="article text from pages (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","url","html"}; - for stdin')
    p.add_argument("--workers", type=int_in(1, 64), default=2, help="extraction processes (1 to 64, default 2)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per page")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("detect", help="reports of strikes on bases (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","text"}; - for stdin')
    p.add_argument("--bases", metavar="FILE", help="gazetteer (default config/bases.yaml)")
    p.add_argument("--explain", action="store_true",
                   help='add "explain" to each line: candidates, alias, attack cues, blockers, scores, date rules')
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("dedup", help="story ids for articles in arrival order (JSON lines in and out)")
    p.add_argument("--jsonl", required=True, metavar="IN", help='lines {"id","url","title","text","published"}')
    p.set_defaults(func=cmd_dedup)
