from hoptac.cli import main

raise SystemExit(main())
