"""Type stubs of the whosaid package (the native part is whosaid._whosaid)."""

from typing import Any, Iterable, Literal, Optional, Sequence, TypedDict, Union


__version__: str
COLUMNS: list[str]
SPEAKER_COLUMNS: list[str]
DEFAULT_MAX_DOC_BYTES: int

Cues = Literal["default", "all"]
DocId = Union[str, int]

# One attribution: the columns of `whosaid extract --format jsonl`, in this
# order. `doc` only when an id was given, `context` only with context=True.
Row = dict[str, Any]

class SpeakerRow(TypedDict):
    speaker: str
    speaker_kind: str
    quotes: int
    direct: int
    mixed: int
    indirect: int
    documents: int
    first_doc: str
    last_doc: str
    variants: str
    speaker_role: str

def extract(
    text: str,
    *,
    cues: Cues = "default",
    context: bool = False,
    doc: Optional[DocId] = None,
    max_doc_bytes: int = ...,
) -> list[Row]: ...
def extract_many(
    texts: Iterable[str],
    *,
    ids: Optional[Iterable[DocId]] = None,
    threads: Optional[int] = None,
    cues: Cues = "default",
    context: bool = False,
    max_doc_bytes: int = ...,
) -> list[list[Row]]: ...
def extract_frame(
    df: Any,
    text_col: str = "text",
    id_col: Optional[str] = None,
    keep: Union[str, Sequence[str]] = (),
    *,
    threads: Optional[int] = None,
    cues: Cues = "default",
    context: bool = False,
    max_doc_bytes: int = ...,
) -> Any: ...
def speakers(rows: Union[Iterable[Row], Iterable[Iterable[Row]]]) -> list[SpeakerRow]: ...
