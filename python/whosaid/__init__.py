"""whosaid: who said what in news text.

Finds quotations (direct, mixed and indirect) with their speaker, cue verb
and character offsets, using the same rule-based pipeline as the `whosaid`
command-line tool. Rows carry the columns of `whosaid extract --format jsonl`
(``COLUMNS``); offsets are indices into the Python str.

    >>> import whosaid
    >>> rows = whosaid.extract('"We are ready," Mayor Ana Ruiz said.')
    >>> rows[0]["speaker"], rows[0]["quote"]
    ('Ana Ruiz', 'We are ready,')

Functions: ``extract`` (one text), ``extract_many`` (many, in parallel),
``extract_frame`` (a pandas DataFrame), ``speakers`` (the speakers table).
"""

from ._whosaid import (
    COLUMNS,
    DEFAULT_MAX_DOC_BYTES,
    SPEAKER_COLUMNS,
    __version__,
    extract,
    extract_many,
    speakers,
)

__all__ = [
    "COLUMNS",
    "SPEAKER_COLUMNS",
    "DEFAULT_MAX_DOC_BYTES",
    "__version__",
    "extract",
    "extract_many",
    "extract_frame",
    "speakers",
]


def extract_frame(
    df,
    text_col="text",
    id_col=None,
    keep=(),
    *,
    threads=None,
    cues="default",
    context=False,
    max_doc_bytes=DEFAULT_MAX_DOC_BYTES,
):
    """Extract the quotations of a pandas DataFrame's texts into a DataFrame.

    Returns one row per attribution, documents in the frame's order, with the
    columns ``doc``, then those of ``whosaid.COLUMNS`` after it (quote_id …
    speaker_role), then ``context`` (when asked for), then the ``keep`` columns
    carried over from each row's document -- the order of
    ``whosaid extract --format jsonl --keep-field``. Offsets index the text
    in ``df[text_col]``. Needs pandas (``pip install pandas``).

    Args:
        df: a pandas DataFrame with one document per row.
        text_col: the column holding the texts (str; a missing value is a
            TypeError naming its position).
        id_col: the column holding document ids, copied as they are into
            ``doc``; None puts each document's index label there instead.
        keep: names of other columns of ``df`` to copy onto every row of
            their document (provenance: url, date, outlet, ...). They may
            not be named like an output column.
        threads, cues, context, max_doc_bytes: as for ``extract_many``.

    Raises:
        ImportError: pandas is not installed.
        KeyError: a named column is not in ``df``.
        ValueError: a kept column clashes with an output column.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(
            "whosaid.extract_frame needs pandas, which is not installed: "
            "pip install pandas (or pip install 'whosaid[pandas]')"
        ) from e

    keep = [keep] if isinstance(keep, str) else list(keep)
    out_cols = list(COLUMNS) + (["context"] if context else [])
    for k in keep:
        if k in out_cols or keep.count(k) > 1:
            raise ValueError(
                f"kept column {k!r} clashes with an output column or is named twice"
            )
    for c in [text_col] + ([id_col] if id_col is not None else []) + keep:
        if c not in df.columns:
            raise KeyError(f"no column {c!r} in the DataFrame")

    per_doc = extract_many(
        df[text_col],
        threads=threads,
        cues=cues,
        context=context,
        max_doc_bytes=max_doc_bytes,
    )
    ids = list(df[id_col]) if id_col is not None else list(df.index)
    kept = [list(df[k]) for k in keep]
    records = []
    for i, rows in enumerate(per_doc):
        extra = {k: col[i] for k, col in zip(keep, kept)}
        for r in rows:
            records.append({"doc": ids[i], **r, **extra})
    frame = pd.DataFrame.from_records(records, columns=out_cols + keep)
    # Offsets of a missing speaker or cue are None: nullable integers keep
    # them integers instead of turning the column into floats.
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        frame[c] = frame[c].astype("Int64")
    return frame
