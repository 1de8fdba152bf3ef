"""The one version of code and data (package, datapackage.json, ``policydata --version``)."""
__version__ = "0.1.0"
