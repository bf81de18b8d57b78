"""Hypothesis profiles: 'suite' for the test run, 'fuzz' for benchmarks/fuzz.py."""

from hypothesis import HealthCheck, settings

settings.register_profile("suite", max_examples=200, deadline=None)
settings.register_profile("fuzz", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("suite")
