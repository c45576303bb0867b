"""Archive-scale runs: worker processes with a time limit per file and crash isolation,
results in input order, progress and summary, --resume, and a Dask runner."""
from .pool import run_ordered
from .run import RunConfig, run
from .task import Options, Outcome, Skip

__all__ = ["Options", "Outcome", "RunConfig", "Skip", "run", "run_ordered"]
