"""Where the project is: the folder of mkdocs.yml, absolute even when MkDocs got a relative -f path."""
from __future__ import annotations

from pathlib import Path


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent
