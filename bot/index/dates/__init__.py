"""Dates in the corpus: extraction (extract), year resolution (resolve), the event index (events),
and the dates people type (userdates)."""
