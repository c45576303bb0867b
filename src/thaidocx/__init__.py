"""thaidocx: structured, traceable data from Thai health-activity documents."""
from .load import LoadError
from .model import Report
from .pipeline import extract, extract_file
from .ruleset import RuleError, load_rules

__all__ = ["extract", "extract_file", "load_rules", "Report", "LoadError", "RuleError"]
__version__ = "0.1.0"
