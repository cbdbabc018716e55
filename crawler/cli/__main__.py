"""`python -m crawler.cli`: the `basewatch` command without the installed script."""

from crawler.cli.main import main

raise SystemExit(main())
