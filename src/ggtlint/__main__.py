"""Allow ``python -m ggtlint``."""

from ggtlint.cli import main

main()
