"""The pandas entry point, and the batch function distributed engines map over partitions.

`extract_frame(df)` takes a DataFrame with a text column and returns the tables.
`extract_partition(df)` returns them stacked in one DataFrame of strings with a `table` column,
the shape Dask's `map_partitions` and Spark's `mapInPandas` expect; `split_tables` undoes it and
types the columns as `extract_frame` does (`pipeline.write.typed_frame`).

    import dask.dataframe as dd
    parts = dd.from_pandas(df, npartitions=8).map_partitions(extract_partition, meta=partition_meta())
    tables = split_tables(parts.compute())

    # Spark: spark_df.mapInPandas(lambda frames: map(extract_partition, frames), schema=spark_schema())
"""
from __future__ import annotations

from typing import Iterable, Optional

from .api import extract_many
from .load import Failure, InputError, as_date, make_document
from .write import table_columns, tables_frames, typed_frame


# Strings held as Python objects: Spark's Arrow serializer (pyspark 4) cannot take the
# pyarrow-backed strings pandas 3 makes by default, and Dask takes either.
_PARTITION_STRINGS = "string[python]"


def partition_columns() -> list:
    """`table`, then every column of every table, once."""
    return ["table", *dict.fromkeys(c for columns in table_columns().values() for c in columns)]


def _id_column(frame, id_column: Optional[str]) -> Optional[str]:
    """The column of ids: `id_column`, else `doc_id` as in metadata files (when `id` is absent)."""
    if id_column == "id" and "id" not in frame.columns and "doc_id" in frame.columns:
        return "doc_id"
    return id_column


def _missing(value) -> bool:
    """None, NaN, NA or NaT: a cell left empty."""
    import pandas as pd

    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _check_text_column(frame, text_column: str, caller: str) -> None:
    """A frame with rows but no text column is the caller's mistake: one error, not a failure per row."""
    if len(frame) and text_column not in frame.columns:
        columns = ", ".join(map(str, frame.columns)) or "none"
        raise ValueError(f"{caller}: no column {text_column!r} (columns: {columns}); "
                         f"name the column of texts with text_column=")


def _documents(frame, text_column: str, id_column: Optional[str], date_column: Optional[str]) -> Iterable:
    id_column = _id_column(frame, id_column)
    for position, row in enumerate(frame.to_dict("records")):
        raw_id = row.get(id_column) if id_column else None
        doc_id = str(position) if _missing(raw_id) else str(raw_id)
        where = f"row {doc_id}"
        text = row.get(text_column)
        raw_date = row.get(date_column) if date_column else None
        try:
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"{where}: empty or missing '{text_column}'")
            when = None if _missing(raw_date) else as_date(raw_date, where)
            yield make_document(doc_id, text, when, where)
        except (InputError, TypeError) as error:
            yield Failure(doc_id, where, str(error))


def extract_frame(frame, text_column: str = "text", id_column: Optional[str] = "id",
                  date_column: Optional[str] = "date", workers: int = 1) -> dict:
    """DataFrame with a text column (and optional id and date columns) → {table name: DataFrame}.

    Ids come from `id_column` (or `doc_id` when there is no `id`); dates may be strings,
    `date`s or a `datetime64` column (their calendar day); empty cells mean no date."""
    _check_text_column(frame, text_column, "extract_frame")
    return with_summaries(tables_frames(extract_many(_documents(frame, text_column, id_column, date_column),
                                                     workers=workers)))


def with_summaries(tables: dict) -> dict:
    """`tables` with the run-wide tables `koie run` writes beside them (`organization_summary`: one row
    per organization), made from the whole of their source table, typed as the others."""
    import pandas as pd

    from .registry import dimensions

    for dimension in dimensions():
        if dimension.summary is None:
            continue
        summary = dimension.summary()
        source = tables[summary.source]
        summary.add(source.astype(object).where(source.notna(), "").astype(str).to_dict("records"))
        tables[summary.table] = typed_frame(pd.DataFrame(summary.rows(), columns=summary.columns, dtype="string"))
    return tables


def extract_partition(frame, text_column: str = "text", id_column: Optional[str] = "id",
                      date_column: Optional[str] = "date"):
    """One partition → the tables stacked, with a `table` column; all columns strings."""
    import pandas as pd

    _check_text_column(frame, text_column, "extract_partition")
    documents = _documents(frame, text_column, id_column, date_column)
    tables = tables_frames(extract_many(documents), typed=False)
    stacked = [table.assign(table=name) for name, table in tables.items() if len(table)]
    if not stacked:
        return partition_meta()
    return pd.concat(stacked, ignore_index=True).reindex(columns=partition_columns()).fillna("").astype(_PARTITION_STRINGS)


def partition_meta():
    """An empty DataFrame with the partition's columns (Dask's `meta`)."""
    import pandas as pd

    return pd.DataFrame({column: pd.Series(dtype=_PARTITION_STRINGS) for column in partition_columns()})


def spark_schema() -> str:
    """The Spark schema of a partition, as a DDL string (every column a string)."""
    return ", ".join(f"`{column}` string" for column in partition_columns())


def split_tables(stacked) -> dict:
    """Stacked partitions → {table name: DataFrame} with each table's own columns, typed as
    `extract_frame`'s, and the run-wide summaries made from the whole (`with_summaries`)."""
    return with_summaries({name: typed_frame(stacked[stacked["table"] == name][columns].reset_index(drop=True))
                           for name, columns in table_columns().items()})
