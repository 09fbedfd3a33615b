"""Progress bars for long commands: shown on a terminal (stderr), silent when piped or off."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager


class _Silent:
    def advance(self, n: int = 1) -> None:
        pass


class _Bar:
    def __init__(self, progress, task):
        self._progress, self._task = progress, task

    def advance(self, n: int = 1) -> None:
        self._progress.advance(self._task, n)


@contextmanager
def progress_bar(label: str, total: int | None = None, enabled: bool = False, console=None):
    """A bar for `total` steps (a counter when None) that `advance()`s; with `enabled` false,
    nothing is drawn at all. The bar is transient: it leaves no trace in the output."""
    if not enabled:
        yield _Silent()
        return
    from rich import progress as rp
    from rich.console import Console
    count = rp.MofNCompleteColumn() if total is not None else rp.TextColumn("{task.completed}")
    columns = [rp.TextColumn(label), rp.BarColumn(), count, rp.TimeElapsedColumn()]
    with rp.Progress(*columns, console=console or Console(stderr=True), transient=True) as bar:
        yield _Bar(bar, bar.add_task(label, total=total))


def tracked(items: Iterable, label: str, total: int | None = None,
            enabled: bool = False) -> Iterator:
    """Iterate `items`, advancing a bar (see progress_bar) by one for each."""
    with progress_bar(label, total, enabled) as bar:
        for item in items:
            yield item
            bar.advance()
