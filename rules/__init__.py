"""Built-in extraction rules (TOML data files), read through importlib.resources."""
