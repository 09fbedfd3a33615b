"""Command-line interface: a thin click shell over the Aftershock Python API."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__

db_option = click.option("--db", "db", envvar="AFTERSHOCK_DB", default=None,
                         help="Database URL or SQLite path (default: $AFTERSHOCK_DB or "
                              "./aftershock.db).")


def _app(db):
    from .api import Aftershock
    from .store import StoreError
    try:
        return Aftershock(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
@click.version_option(__version__, prog_name="aftershock")
def main():
    """aftershock: from raw world news to stories, coded events, ripples and sourced briefs."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(inputs, db, quiet):
    """Ingest JSONL files, folders, RSS/Atom feeds (file or URL) and web pages."""
    app = _app(db)
    report = app.ingest(inputs, progress=not quiet and sys.stderr.isatty())
    for rej in report.rejections:
        click.echo(f"rejected {rej}", err=True)
    click.echo(report.summary())
    if report.rejected:
        sys.exit(1)


@main.command()
@click.argument("infile", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output JSONL (file mode).")
@db_option
def cluster(infile, output, db):
    """Group articles into stories: pending articles in the store, or IN.jsonl -o OUT.jsonl."""
    if infile:
        from .api import cluster_file
        n_docs, n_stories, errors = cluster_file(Path(infile), Path(output) if output else None)
        for err in errors:
            click.echo(f"rejected {err}", err=True)
        click.echo(f"{n_docs} documents in {n_stories} stories", err=True)
        sys.exit(1 if errors else 0)
    report = _app(db).build_stories()
    click.echo(report)


@main.command()
@db_option
def stories(db):
    """Assign pending articles in the store to stories."""
    click.echo(_app(db).build_stories())


@main.command()
@click.argument("infile", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output JSONL (file mode).")
@click.option("--processes", default=1, show_default=True, help="spaCy worker processes.")
@db_option
def code(infile, output, processes, db):
    """Code events: pending articles in the store, or IN.jsonl -o OUT.jsonl."""
    if infile:
        from .api import code_file
        n_docs, n_events, errors = code_file(Path(infile), Path(output) if output else None,
                                             n_process=processes)
        for err in errors:
            click.echo(f"rejected {err}", err=True)
        click.echo(f"{n_events} events from {n_docs} documents", err=True)
        sys.exit(1 if errors else 0)
    click.echo(_app(db).code_events(n_process=processes))


@main.command()
@db_option
def signals(db):
    """Compute daily dyad and region series and their anomalies."""
    click.echo(_app(db).compute_signals())


@main.command()
@click.option("--trigger", required=True, help="Story id, or a text query naming the story.")
@click.option("--watch", required=True, help="Watched region (name or slug).")
@click.option("--window", default="30d", show_default=True, help="Days after the trigger.")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="md",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
@db_option
def ripple(trigger, watch, window, fmt, output, db):
    """Analyse how a trigger story ripples into a watched region."""
    from .api import AftershockError
    app = _app(db)
    try:
        report = app.ripple(trigger, watch, window_days=_days(window))
    except AftershockError as exc:
        raise click.ClickException(str(exc)) from None
    text = json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json" \
        else app.ripple_markdown(report)
    _write(text, output)


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
