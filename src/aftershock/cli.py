"""Command-line interface: a thin click shell over the Aftershock Python API."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__

db_option = click.option("--db", "db", envvar="AFTERSHOCK_DB", default=None,
                         help="Database URL or SQLite path (default: $AFTERSHOCK_DB or "
                              "./aftershock.db).")
quiet_option = click.option("--quiet", is_flag=True,
                            help="No progress bar (none is drawn when stderr is not a terminal).")


def _progress(quiet: bool) -> bool:
    """Draw progress bars: on a terminal, unless --quiet; never into a pipe or a file."""
    return not quiet and sys.stderr.isatty()


def _app(db):
    from .api import Aftershock
    from .store import StoreError
    try:
        return Aftershock(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


DEBUG_ENV = "AFTERSHOCK_DEBUG"  # set to see the traceback of an unexpected error


class _Main(click.Group):
    """The command group and the CLI's one error handler: every error is one line on stderr
    naming the input and the problem, with exit status 1; never a traceback (unless
    $AFTERSHOCK_DEBUG is set)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # the one place every error is reported
            if os.environ.get(DEBUG_ENV):
                raise
            raise click.ClickException(error_message(exc)) from None


def error_message(exc: BaseException) -> str:
    """One line for an error: aftershock's own message, the file and reason for an OS error,
    the driver's first line for a database error, else the error's type and message."""
    from sqlalchemy.exc import SQLAlchemyError

    from .errors import AftershockError
    if isinstance(exc, KeyError) and exc.args:  # str() of a KeyError adds quotes
        return str(exc.args[0])
    if isinstance(exc, AftershockError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        name = f"{exc.filename}: " if exc.filename else ""
        return f"{name}{exc.strerror}"
    if isinstance(exc, SQLAlchemyError):
        cause = getattr(exc, "orig", None) or exc
        first = (str(cause).strip().splitlines() or [""])[0]
        return f"database error: {first or type(cause).__name__}"
    return (f"unexpected {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 to see the "
            "traceback)")


def _iso_date(_ctx, _param, value):
    """A --since/--until value: checked here, before any output is written."""
    from datetime import date
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.group(cls=_Main)
@click.version_option(__version__, prog_name="aftershock")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file (TOML) over the defaults and ./aftershock.toml; see "
                   "`aftershock config show`.")
def main(config_file):
    """aftershock: from raw world news to stories, coded events, ripples and sourced briefs."""
    from .config import ConfigError, load_settings, use_settings
    try:
        use_settings(load_settings(config_file))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


@main.group()
def config():
    """Settings: what is in force and where each value came from."""


@config.command("show")
def config_show():
    """Print the effective settings as TOML, each with its source (default or a file)."""
    from .config import show
    click.echo(show())


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@quiet_option
def ingest(inputs, db, quiet):
    """Ingest JSONL files, folders, RSS/Atom feeds (file or URL) and web pages."""
    app = _app(db)
    report = app.ingest(inputs, progress=_progress(quiet))
    for rej in report.rejections:
        click.echo(f"rejected {rej}", err=True)
    click.echo(report.summary())
    if report.rejected:
        sys.exit(1)


@main.command()
@click.argument("infile", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output JSONL (file mode).")
@db_option
@quiet_option
def cluster(infile, output, db, quiet):
    """Group articles into stories: pending articles in the store, or IN.jsonl -o OUT.jsonl."""
    if infile:
        from .api import cluster_file
        n_docs, n_stories, errors = cluster_file(Path(infile), Path(output) if output else None)
        for err in errors:
            click.echo(f"rejected {err}", err=True)
        click.echo(f"{n_docs} documents in {n_stories} stories", err=True)
        sys.exit(1 if errors else 0)
    report = _app(db).build_stories(progress=_progress(quiet))
    click.echo(report)


@main.group(invoke_without_command=True)
@db_option
@quiet_option
@click.pass_context
def stories(ctx, db, quiet):
    """Assign pending articles in the store to stories (`stories search QUERY`: find one)."""
    if ctx.invoked_subcommand is None:
        click.echo(_app(db).build_stories(progress=_progress(quiet)))


@stories.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def stories_search(query, limit, fmt, db):
    """Stories ranked for QUERY (what `ripple --trigger QUERY` picks is the first)."""
    from .api import candidate_summary
    text = " ".join(query)
    rows = [candidate_summary(r) for r in _app(db).search_stories(text, limit=limit)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        raise click.ClickException(f"no story matches {text!r}")
    click.echo("id\tfirst seen\tarticles\toutlets\tscore\theadline")
    for row in rows:
        click.echo(f"{row['id']}\t{str(row['first_seen'])[:10]}\t{row['n_articles']}\t"
                   f"{row['n_outlets']}\t{row['score']:.3f}\t{row['headline']}")


@stories.command("lines")
@click.option("--min-stories", default=2, show_default=True, type=click.IntRange(1, 10_000),
              help="Only storylines of at least this many stories.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def stories_lines(min_stories, fmt, db):
    """Storylines (stories linked into one longer thread), latest activity first."""
    rows = _app(db).storylines(min_stories=min_stories)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['storyline']}  {str(row['first_seen'])[:10]} - "
                   f"{str(row['last_seen'])[:10]}  {row['n_stories']} stories  {row['headline']}")
        for story in row["stories"]:
            click.echo(f"  #{story['id']:<5} {str(story['first_seen'])[:10]}  {story['headline']}")


@main.command()
@click.argument("infile", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output JSONL (file mode).")
@click.option("--processes", default=1, show_default=True, help="spaCy worker processes.")
@db_option
@quiet_option
def code(infile, output, processes, db, quiet):
    """Code events: pending articles in the store, or IN.jsonl -o OUT.jsonl."""
    if infile:
        from .api import code_file
        n_docs, n_events, errors = code_file(Path(infile), Path(output) if output else None,
                                             n_process=processes)
        for err in errors:
            click.echo(f"rejected {err}", err=True)
        click.echo(f"{n_events} events from {n_docs} documents", err=True)
        sys.exit(1 if errors else 0)
    click.echo(_app(db).code_events(n_process=processes, progress=_progress(quiet)))


@main.command()
@db_option
@quiet_option
def signals(db, quiet):
    """Compute daily dyad and region series and their anomalies."""
    click.echo(_app(db).compute_signals(progress=_progress(quiet)))


@main.command()
@click.option("--trigger", help="Story id, or a text query naming the story.")
@click.option("--watch", help="Watched region (name or slug).")
@click.option("--window", default="30d", show_default=True, help="Days after the trigger.")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="md",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@click.option("--auto", is_flag=True, help="Automatic mode: every high-impact story into the "
              "--watch region, or into every watchlist's regions.")
@db_option
def ripple(trigger, watch, window, fmt, output, auto, db):
    """Analyse how a trigger story ripples into a watched region."""
    from .api import AftershockError
    app = _app(db)
    if auto:
        try:
            reports = app.auto_ripples([watch] if watch else None)
        except KeyError as exc:  # unknown region
            raise click.ClickException(error_message(exc)) from None
        for report in reports:
            click.echo(f"ripple #{report['id']}: {report['trigger']['headline']} -> "
                       f"{report['region']['name']}: "
                       f"{'DETECTED' if report['detected'] else 'no ripple'} "
                       f"({report['verdict']['reason']})")
        click.echo(f"{len(reports)} automatic ripples computed", err=True)
        return
    if not trigger or not watch:
        raise click.UsageError("give --trigger and --watch (or --auto)")
    try:
        report = app.ripple(trigger, watch, window_days=_days(window))
    except AftershockError as exc:
        raise click.ClickException(str(exc)) from None
    _echo_trigger_choice(report)
    text = json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json" \
        else app.ripple_markdown(report)
    _write(text, output)


def _echo_trigger_choice(report: dict) -> None:
    """On stderr: the story a text query chose, the runners-up, and how to pick another."""
    from .ripple.story_search import describe_candidate
    resolution = report["trigger"].get("resolution")
    if not resolution:
        return
    chosen, *others = resolution["candidates"]
    click.echo(f"trigger {resolution['query']!r} -> story {describe_candidate(chosen)}, "
               f"score {chosen['score']:.3f}", err=True)
    if chosen.get("origin_of"):
        click.echo(f"  (the first story of the storyline of #{chosen['origin_of']}, which "
                   "matches the query best)", err=True)
    for other in others:
        click.echo(f"  next: story {describe_candidate(other)}, score {other['score']:.3f}",
                   err=True)
    if others:
        click.echo("  (pick another with --trigger ID; list more with: aftershock stories "
                   "search QUERY)", err=True)


@main.command()
@click.option("--story", "story_id", type=int, help="Story id.")
@click.option("--ripple", "ripple_id", type=int, help="Ripple id.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@db_option
def brief(story_id, ripple_id, fmt, output, db):
    """Write a sourced brief for a story or a ripple."""
    from .api import AftershockError
    if (story_id is None) == (ripple_id is None):
        raise click.UsageError("give exactly one of --story or --ripple")
    app = _app(db)
    try:
        text = app.brief(story_id=story_id, ripple_id=ripple_id, fmt=fmt)
    except AftershockError as exc:
        raise click.ClickException(str(exc)) from None
    _write(text, output)


@main.command()
@click.option("--out", "out_dir", default="demo-out", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the database and the brief.")
def demo(out_dir):
    """Run the whole main job on the bundled demo corpus."""
    from .demo import run_demo
    run_demo(Path(out_dir), echo=click.echo)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; anything but loopback exposes the dashboard.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--watch-every", default=None, metavar="DURATION",
              help="Also run the watchlists on this schedule in the server (e.g. 10m, 1h).")
@click.option("--no-warm", is_flag=True,
              help="Answer at once instead of first filling the read caches (network, map, "
                   "story search).")
@db_option
def serve(host, port, watch_every, no_warm, db):
    """Serve the dashboard and the JSON API (docs at /docs)."""
    from .watch.spec import parse_duration
    from .web import serve as run_server
    every = None
    if watch_every is not None:
        try:
            every = parse_duration(watch_every)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--watch-every") from None
        if every <= 0:
            raise click.BadParameter("must be longer than zero", param_hint="--watch-every")
    _app(db).close()  # a clear error for a bad URL before the server starts
    run_server(db, host=host, port=port, echo=click.echo, watch_every=every, warm=not no_warm)


@main.group()
def train():
    """Train the learned parts from labelled examples."""


@train.command("stories")
@click.argument("labels", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Model file to write (default: the [stories] model setting, else the "
                   "packaged model).")
def train_stories(labels, output):
    """Train the same-story model on LABELS.jsonl: articles (id, title, text, published) with
    a `story` label each; label-only lines {"id", "story"} may label an article given on
    another line."""
    from .api import train_stories as run
    from .stories.learned import StoryModelError
    try:
        path, trained_on = run(Path(labels), Path(output) if output else None)
    except StoryModelError as exc:
        raise click.ClickException(str(exc)) from None
    counts = trained_on["corpora"][0]
    click.echo(f"story model written to {path}: {counts['articles']} articles, "
               f"{counts['stories']} stories, {counts['pairs']} pairs "
               f"({counts['same_story_pairs']} same-story)")


@main.group()
def token():
    """API tokens for the web API's write endpoints (only a hash is stored)."""


@token.command("create")
@click.argument("name")
@db_option
def token_create(name, db):
    """Make a token called NAME and print it once."""
    from .web import create_token
    try:
        value = create_token(_app(db), name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(value)
    click.echo(f"token {name!r} created; it is shown only now, keep it secret", err=True)


@token.command("list")
@db_option
def token_list(db):
    """List token names (never the tokens)."""
    rows = _app(db).api_token_list()
    if not rows:
        click.echo("no tokens (make one with: aftershock token create NAME)", err=True)
    for row in rows:
        click.echo(f"{row['name']}\tcreated {row['created_at'][:19]}\t"
                   f"last used {(row['last_used_at'] or 'never')[:19]}")


@token.command("revoke")
@click.argument("name")
@db_option
def token_revoke(name, db):
    """Delete the token called NAME."""
    if not _app(db).delete_api_token(name):
        raise click.ClickException(f"no token named {name!r}")
    click.echo(f"token {name!r} revoked")


@main.group()
def watch():
    """Watchlists and the alerts they raise (aftershock.watch)."""


@watch.command("add")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--name", help="Define a watchlist inline instead of from FILES.")
@click.option("--country", "countries", multiple=True, help="ISO3 code (repeatable).")
@click.option("--region", "regions", multiple=True, help="Region name or slug (repeatable).")
@click.option("--dyad", "dyads", multiple=True, help="SOURCE>TARGET, e.g. PRK>USA (repeatable).")
@click.option("--keyword", "keywords", multiple=True, help="Keyword a story must name.")
@click.option("--webhook", help="Also POST alerts to this URL.")
@click.option("--email", help="Also e-mail alerts to this address (SMTP on localhost:25).")
@db_option
def watch_add(files, name, countries, regions, dyads, keywords, webhook, email, db):
    """Add or replace watchlists from YAML/TOML FILES, or one given by options."""
    from .watch import WatchlistError, read_watchlist_file, validate_watchlist
    from .watch.secret_env import unset_secret_envs
    if bool(files) == bool(name):
        raise click.UsageError("give watchlist FILES or --name with options, not both")
    app = _app(db)
    sources = list(files) or [{
        "name": name, "countries": list(countries), "regions": list(regions),
        "dyads": list(dyads), "keywords": list(keywords),
        "deliver": ["terminal"] + ([{"webhook": webhook}] if webhook else [])
        + ([{"email": email}] if email else [])}]
    failed = False
    for source in sources:
        try:
            specs = read_watchlist_file(source) if isinstance(source, str) \
                else [validate_watchlist(source)]
            # a secret named by the watchlist must be set where alerts are sent from: a webhook
            # would otherwise go out unsigned (delivery refuses that), an SMTP login fail
            unset = [p for spec in specs for p in unset_secret_envs(spec)]
            if unset:
                raise WatchlistError(unset, source if isinstance(source, str) else None)
            for spec in specs:
                for saved in app.add_watchlist(spec):
                    click.echo(f"watchlist {saved['name']!r} saved")
        except WatchlistError as exc:
            click.echo(str(exc), err=True)
            failed = True
    if failed:
        sys.exit(1)


@watch.command("list")
@click.option("--alerts", "show_alerts", default=0, show_default=True,
              help="Also show this many recent alerts per watchlist.")
@db_option
def watch_list(show_alerts, db):
    """List the stored watchlists (and their recent alerts)."""
    from .watch import WatchlistError, validate_watchlist, watch_scope
    app = _app(db)
    rows = app.watchlists()
    if not rows:
        click.echo("no watchlists (add one with: aftershock watch add)", err=True)
    for row in rows:
        try:
            spec = validate_watchlist(row["spec"], source=row["name"])
        except WatchlistError as exc:
            click.echo(f"{row['name']}: INVALID ({'; '.join(exc.problems)})")
            continue
        scope = watch_scope(spec)
        rules = [r for r, s in spec.get("rules", {}).items() if s.get("enabled")]
        channels = [c["type"] for c in spec.get("deliver", [])]
        muted = f", muted until {spec['muted_until']}" if spec.get("muted_until") else ""
        click.echo(f"{row['name']}: {', '.join(sorted(scope.countries)) or '-'}"
                   f"{' dyads ' + ', '.join(sorted(scope.dyads)) if scope.dyads else ''}; "
                   f"rules {', '.join(rules)}; to {', '.join(channels)}{muted}")
        for alert in app.alerts(row["name"], limit=show_alerts) if show_alerts else []:
            state = alert.get("status") or ("delivered" if alert["delivered_at"] else "waiting")
            click.echo(f"  #{alert['id']} {alert['payload']['at'][:10]} {alert['rule']} "
                       f"[{state}] {alert['payload']['title']}")


@watch.command("run")
@click.argument("names", nargs=-1)
@click.option("--no-deliver", is_flag=True, help="Record alerts without delivering them.")
@db_option
def watch_run(names, no_deliver, db):
    """Run the watchlists (all, or NAMES) once: automatic ripples, rules, delivery."""
    try:
        report = _app(db).run_watchlists(names or None, echo=click.echo, deliver=not no_deliver)
    except KeyError as exc:
        raise click.ClickException(error_message(exc)) from None
    for problem in report.invalid:
        click.echo(f"skipped: {problem}", err=True)
    for error in report.delivery.get("errors", []):
        click.echo(f"delivery failed: {error}", err=True)
    click.echo(report.summary(), err=True)
    if report.delivery.get("failed") or report.invalid:
        sys.exit(1)


@watch.command("mute")
@click.argument("name")
@click.option("--for", "duration", help="How long, e.g. 30m, 6h, 2d.")
@click.option("--off", is_flag=True, help="Unmute.")
@db_option
def watch_mute(name, duration, off, db):
    """Mute a watchlist for a while (alerts are recorded, not delivered), or unmute it."""
    from .watch import parse_duration
    if bool(duration) == off:
        raise click.UsageError("give --for DURATION or --off")
    try:
        spec = _app(db).mute_watchlist(name, None if off else parse_duration(duration))
    except (KeyError, ValueError) as exc:
        raise click.ClickException(error_message(exc)) from None
    click.echo(f"watchlist {name!r} " + (f"muted until {spec['muted_until']}"
                                         if spec["muted_until"] else "unmuted"))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--interval", default="5m", show_default=True, help="Time between polls.")
@click.option("--watchlist", "watchlists", multiple=True, help="Only these watchlists.")
@click.option("--cycles", type=int, default=None, help="Stop after this many cycles.")
@db_option
def monitor(feeds, interval, watchlists, cycles, db):
    """Poll FEEDS, run the pipeline and the watchlists, until Ctrl-C or SIGTERM."""
    from .watch import parse_duration
    try:
        seconds = parse_duration(interval)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--interval") from None
    try:
        _app(db).monitor(feeds, interval=seconds, echo=click.echo, max_cycles=cycles,
                         watchlists=list(watchlists) or None)
    except KeyError as exc:
        raise click.ClickException(error_message(exc)) from None


@main.group(name="import")
def import_group():
    """Import events coded elsewhere."""


@import_group.command(name="gdelt")
@click.argument("files", nargs=-1, required=True)
@db_option
def import_gdelt_cmd(files, db):
    """Import GDELT 2.0 event export files (tab-separated, zipped or not)."""
    report = _app(db).import_gdelt(files)
    for rej in report.rejections:
        click.echo(f"rejected {rej}", err=True)
    click.echo(report.summary())
    sys.exit(1 if report.rejections else 0)


@main.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "csv", "jsonl", "parquet"]),
              default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default: stdout).")
@click.option("--since", callback=_iso_date, help="First event date (YYYY-MM-DD).")
@click.option("--until", callback=_iso_date, help="Last event date (YYYY-MM-DD).")
@db_option
def export_cmd(fmt, output, since, until, db):
    """Export events: GDELT 2.0 column order, CSV, JSON Lines or Parquet."""
    try:
        n = _app(db).export_events(fmt, Path(output) if output else None, since, until)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"exported {n} events", err=True)


@main.command()
@click.argument("archives", nargs=-1, required=True)
@click.option("--workers", default=2, show_default=True, help="Local Dask worker processes.")
@click.option("--scheduler", help="Address of a running Dask scheduler (tcp://HOST:PORT).")
@click.option("--partition-size", default=200, show_default=True,
              help="Articles per coding task (partitions never span two days).")
@db_option
@quiet_option
def backfill(archives, workers, scheduler, partition_size, db, quiet):
    """Process large archives (JSONL, folders, GDELT files) in parallel on Dask."""
    from .scale import backfill as run_backfill
    report = run_backfill(_app(db), archives, workers=workers, scheduler=scheduler,
                          partition_size=partition_size, progress=_progress(quiet))
    for rej in report.rejections:
        click.echo(f"rejected {rej}", err=True)
    click.echo(report.summary())
    sys.exit(1 if report.rejected else 0)


def _days(window: str) -> int:
    w = window.strip().lower().rstrip("d")
    if not w.isdigit() or int(w) <= 0:
        raise click.BadParameter(f"window must look like 30d, got {window!r}")
    return int(w)


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


if __name__ == "__main__":
    main()
