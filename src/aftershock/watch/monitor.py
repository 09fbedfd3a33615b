"""`aftershock monitor FEEDS...`: poll feeds, run the pipeline and the watchlists, until stopped.

Each cycle ingests the feeds (conditional GET keeps an unchanged feed cheap), and when anything new
was stored runs stories, coding and signals; the watchlists run every cycle, so alerts whose
delivery failed are retried. Ctrl-C (SIGINT) or SIGTERM asks the loop to stop: the running stage
finishes (each commits its own work), no further stage starts, and the loop returns. A cycle
that fails (a locked database, a bug) is reported and the next one runs on schedule.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable


class Monitor:
    def __init__(self, app, feeds: Iterable[str], interval: float = 300.0,
                 echo: Callable[[str], None] = print, watchlists: Iterable[str] | None = None,
                 deliver: bool = True):
        self.app = app
        self.feeds = list(feeds)
        self.interval = float(interval)
        self.echo = echo
        self.watchlists = list(watchlists) if watchlists else None
        self.deliver = deliver
        self.stop_event = threading.Event()
        self.cycles = 0
        self.signals_fresh = False  # recomputed on the first cycle of each start

    def stop(self, *_signal_args) -> None:
        if not self.stop_event.is_set():
            self.echo("monitor: stopping after the current step")
        self.stop_event.set()

    def cycle(self) -> None:
        """One pass: ingest, then (if anything new) stories, coding, signals; then watchlists."""
        app, stopping = self.app, self.stop_event.is_set
        started = time.perf_counter()
        report = app.ingest(self.feeds)
        for rejection in report.rejections:
            self.echo(f"monitor: rejected {rejection}")
        self.echo(f"monitor: {report.summary()}")
        # Pending articles, not just this cycle's: a run killed after ingest committed leaves
        # articles that the restarted monitor would otherwise never put in a story.
        if not stopping() and (report.stored or app.articles(pending_story=True)):
            self.echo(f"monitor: {app.build_stories()}")
        coded = False
        if not stopping() and app.articles(pending_coding=True):
            self.echo(f"monitor: {app.code_events()}")
            coded = True
        # Signals after new events, and once per start: a run killed between coding and signals
        # left series that no later cycle would refresh until another article arrived.
        if not stopping() and (coded or not self.signals_fresh):
            self.echo(f"monitor: {app.compute_signals()}")
            self.signals_fresh = True
        if not stopping() and app.watchlists():
            run = app.run_watchlists(self.watchlists, echo=self.echo, deliver=self.deliver)
            self.echo(f"monitor: {run.summary()}")
            for error in run.delivery.get("errors", []):
                self.echo(f"monitor: delivery failed: {error}")
        self.cycles += 1
        self.echo(f"monitor: cycle {self.cycles} done in {time.perf_counter() - started:.1f}s")

    def run(self, max_cycles: int | None = None, handle_signals: bool = True) -> int:
        """Loop until stopped (or `max_cycles`); returns the number of cycles completed."""
        known = {w["name"] for w in self.app.watchlists()}
        unknown = [n for n in self.watchlists or [] if n not in known]
        if unknown:
            raise KeyError(f"no watchlist called {unknown[0]!r}; known: "
                           f"{', '.join(sorted(known)) or 'none'}")
        previous = {}
        if handle_signals and threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                previous[sig] = signal.signal(sig, self.stop)
        try:
            self.echo(f"monitor: watching {len(self.feeds)} feed(s) every {self.interval:g}s; "
                      f"Ctrl-C or SIGTERM stops")
            while not self.stop_event.is_set():
                try:
                    self.cycle()
                except Exception as exc:  # noqa: BLE001 - one bad cycle must not end monitoring
                    self.echo(f"monitor: cycle failed: {exc.__class__.__name__}: {exc}")
                    self.cycles += 1
                if max_cycles is not None and self.cycles >= max_cycles:
                    break
                self.stop_event.wait(self.interval)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        self.echo(f"monitor: stopped after {self.cycles} cycle(s)")
        return self.cycles
