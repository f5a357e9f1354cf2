"""mailbot: the shell around the triage engine (config, store, CLI, and later the daemon)."""

__version__ = "0.1.0"
