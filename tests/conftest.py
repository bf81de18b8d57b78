"""Hypothesis profiles: 'suite' for the test run, 'fuzz' for benchmarks/fuzz.py; the
pattern cache's folder for the tests."""

import getpass
import os
import tempfile

from hypothesis import HealthCheck, settings

# Tests compile many patterns of their own: keep their compiled code (see
# factcheck/pattern_cache.py) out of the user's cache, in one folder that later
# runs reuse. Set before any factcheck module compiles a pattern.
os.environ.setdefault("FACTCHECK_CACHE_DIR", os.path.join(tempfile.gettempdir(), f"factcheck-tests-{getpass.getuser()}"))

settings.register_profile("suite", max_examples=200, deadline=None)
settings.register_profile("fuzz", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("suite")
