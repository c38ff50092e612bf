"""Allows `python -m approval_app`."""
from approval_app.cli import main

raise SystemExit(main())
