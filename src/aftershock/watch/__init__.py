"""Watch stage: watchlists, the rules that raise alerts, and their delivery; the monitor loop."""
from aftershock.watch.delivery import (
    CHANNELS,
    DeliveryError,
    EmailChannel,
    TerminalChannel,
    WebhookChannel,
    deliver_pending,
    format_alert,
    sign,
)
from aftershock.watch.monitor import Monitor
from aftershock.watch.rules import Candidate, Scope, watch_scope
from aftershock.watch.runner import (
    RunReport,
    auto_ripples,
    candidates_for,
    mute_for,
    mute_watchlist,
    run_watchlists,
)
from aftershock.watch.spec import (
    WatchlistError,
    parse_duration,
    read_watchlist_file,
    validate_watchlist,
)

__all__ = [
    "CHANNELS", "Candidate", "DeliveryError", "EmailChannel", "Monitor", "RunReport", "Scope",
    "TerminalChannel", "WatchlistError", "WebhookChannel", "auto_ripples", "candidates_for",
    "deliver_pending", "format_alert", "mute_for", "mute_watchlist", "parse_duration",
    "read_watchlist_file", "run_watchlists", "sign", "validate_watchlist", "watch_scope",
]
