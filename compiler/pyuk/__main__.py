import sys

from pyuk.cli import main

sys.exit(main())
