"""The version of selfassess."""

__version__ = "0.1.0.dev0"
