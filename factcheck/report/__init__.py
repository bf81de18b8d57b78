"""Report writers, one module per format, registered in ``WRITERS``."""
