"""Draw 20 gold rows of articles-holdout125 at random (seed 125) across quantities, dates, organizations and facts,
each shown in its context, for the re-read recorded in REREAD.md (`labels_core.reread`)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "articles_holdout2"))
import labels_core as core

core.reread(HERE, 125)
