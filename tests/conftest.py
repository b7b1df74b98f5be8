"""Hypothesis profiles: "dev" is quick for a working session, "ci" is thorough.

Choose one with the HYPOTHESIS_PROFILE environment variable; the default is "dev".
"""

import os

from hypothesis import HealthCheck, settings

# Imported first, so that each package's strategies_<package> module, which imports
# from strategies, never starts the cycle from its own side.
import strategies  # noqa: F401

settings.register_profile("dev", max_examples=60, deadline=None)
# "ci" runs each property 100 times (Hypothesis's default, where "dev" runs 60) on
# every core, under coverage: the thorough search. "matrix" then checks that the
# installed wheel passes every test on each Python, with 10 examples a property. The
# Pythons run at once, sharing the cores, so neither profile fails a test for being
# slow to generate data.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("matrix", settings.get_profile("ci"), max_examples=10)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
