from sciplan_analysis.cli import main

raise SystemExit(main())
