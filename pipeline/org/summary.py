"""`organization_summary`: one row per organization of a run (not per mention), written beside
the tables: its most frequent canonical name, every alias written after it, its type, and how
many mentions and documents it has."""
from __future__ import annotations

from typing import Iterable

from .resolve import org_type


class OrganizationSummary:
    """Accumulates organizations.csv rows into one row per `org_id` (see the module docstring)."""

    table = "organization_summary"
    source = "organizations"
    columns = ["org_id", "canonical", "aliases", "type", "mentions", "documents"]

    def __init__(self):
        self._names, self._aliases, self._mentions, self._documents = {}, {}, {}, {}

    def add(self, organization_rows: Iterable[dict]) -> None:
        # (an organization's four entries made together the first time it comes: no `setdefault` making a
        # dict to throw away per row, and most rows have no alias to read)
        all_names, all_aliases, mentions, documents = self._names, self._aliases, self._mentions, self._documents
        for row in organization_rows:
            key, canonical = row["org_id"], row["canonical"]
            names = all_names.get(key)
            if names is None:
                names = all_names[key] = {}
                all_aliases[key], mentions[key], documents[key] = {}, 0, set()
            names[canonical] = names.get(canonical, 0) + 1
            aliases = row.get("aliases", "")
            if aliases:
                all_aliases[key].update(dict.fromkeys(a for a in aliases.split("|") if a))
            mentions[key] += 1
            documents[key].add(row["doc_id"])

    def rows(self) -> list:
        """Most mentioned first, then by canonical name: a stable order."""
        found = []
        for key, names in self._names.items():
            canonical = max(names, key=lambda n: (names[n], -list(names).index(n)))
            found.append({"org_id": key, "canonical": canonical, "aliases": "|".join(self._aliases[key]),
                          "type": org_type(key, canonical), "mentions": str(self._mentions[key]),
                          "documents": str(len(self._documents[key]))})
        return sorted(found, key=lambda r: (-int(r["mentions"]), r["canonical"], r["org_id"]))




def organization_summary(results: Iterable) -> list:
    """The organization_summary table of a run's results (rows of strings)."""
    from ..write import rows

    summary = OrganizationSummary()
    for result in results:
        summary.add(rows(result)["organizations"])
    return summary.rows()
