"""Built once from the corpus, then read-only: passage search (search, textnorm) and dated events
(dates/). `build.build_index` makes both."""
