"""One document through the stages, in order, into table rows.

read source -> reconstruct articles -> find regions -> figures and measures -> rows.
This module only wires the stages together and assigns stable ids; the rules live in
the stage modules and their lexicons. For many files, :func:`parse_files` hands documents to
worker processes or Dask (:mod:`policydata.parallel`) and reuses cached rows of unchanged ones.

>>> tables = parse_text("国务院关于加强某项工作的意见\\n到2030年，全国农机总动力达到11亿千瓦左右。")
>>> sorted(tables)
['documents', 'measures', 'regions', 'statistics', 'targets']
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .parallel import ordered_map
from .recognize import regions as regions_mod
from .recognize.actors import normalize_actor
from .recognize.regions.gazetteer import Region, register_generated
from .storage.cache import EntryCache, fingerprint_folder, prune_versions, sha256_file
from .extract.context import build_context
from .document import CAPTION_BLOCK, Article
from .extract.figures import extract_figures
from .text.layout import reconstruct_articles
from .text.layout.side_by_side import side_by_side_warning
from .extract.measures import extract_measures
from .datapackage.rows import (QUOTE_ON_PAGE_MAX_CHARS, _as_written, _measure_rows, _quote_on_page,
                                _statistic_rows, _target_rows, _valid_rows)
from .text.script import restore_articles, simplified_view
from .text.reading import Source, SourceError, prepare_text_and_gaps, read_csv_rows, read_source
from .recognize.timeexpr import infer_report_year

log = logging.getLogger("policydata")

#: Files in a seeds folder that are metadata, not documents.
METADATA_FILES = {"sources.csv", "README.md", "LICENSE"}
#: Extensions read as documents.
DOCUMENT_SUFFIXES = {".txt", ".html", ".htm", ".text", ".md"}
SOURCES_COLUMNS = ("file", "title", "publisher", "date", "url", "license", "notes")


@dataclass(frozen=True)
class SourceMeta:
    """What is known of a source file (a row of seeds/sources.csv)."""

    file: str
    title: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    license: str = ""
    notes: str = ""


@dataclass
class ParsedDocument:
    """Rows of one source file, before the regions table is assembled."""

    documents: list[dict] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    statistics: list[dict] = field(default_factory=list)
    region_mentions: Counter = field(default_factory=Counter)
    #: Problems, said as warnings: rows that break their table's model (dropped), extractors
    #: that failed on an article (skipped), articles without text.
    dropped: list[str] = field(default_factory=list)
    #: The extractors that raised on an article (their problems are in ``dropped`` too): a parse
    #: with any is not cached, the failure need not be the document's.
    failed_stages: list[str] = field(default_factory=list)
    #: The regions the rows name, with their ancestors: rule-made ones (a village, a composite)
    #: exist only in the process that parsed the document, and the regions table needs them.
    regions: list[Region] = field(default_factory=list)


def read_sources_csv(path: Path) -> dict[str, SourceMeta]:
    """A sources.csv keyed by file name; a missing file gives an empty mapping.

    The ``file`` column may hold a name or a relative path (docs/01.txt); a column
    ``url_or_repo_path`` is read as ``url`` when there is no ``url``.
    """
    if not path.exists():
        return {}
    out = {}
    for r in read_csv_rows(path, required=("file",)):  # same encoding detection as documents
        if not r.get("file"):
            continue
        if r.get("date") and iso_date(r["date"]) is None:
            raise SourceError(f"{path}: {r['file']}: date {r['date']!r} is not a date (YYYY-MM-DD)")
        r = {**r, "url": r.get("url") or r.get("url_or_repo_path") or ""}
        out[Path(r["file"]).name] = SourceMeta(**{k: (r.get(k) or "").strip() for k in SOURCES_COLUMNS})
    return out


def metadata_near(files: Iterable[Path]) -> dict[str, SourceMeta]:
    """What sources.csv files beside the documents, or one folder up, say about them."""
    metadata: dict[str, SourceMeta] = {}
    folders = sorted({f.resolve().parent for f in files})
    for folder in folders:
        for candidate in (folder.parent / "sources.csv", folder / "sources.csv"):
            metadata.update(read_sources_csv(candidate))  # the nearer file wins
    return metadata


def document_files(folder: Path) -> list[Path]:
    """Every document file of a seeds folder, sorted; unknown file types are an error."""
    files = []
    for path in sorted(folder.iterdir()):
        if path.name in METADATA_FILES or path.name.startswith("."):
            continue
        if path.is_dir():
            raise SourceError(f"{path}: sub-folders are not read; move documents to {folder}")
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise SourceError(f"{path}: not a document type ({', '.join(sorted(DOCUMENT_SUFFIXES))})")
        files.append(path)
    if not files:
        raise SourceError(f"{folder}: no documents found")
    return files


def slug(name: str) -> str:
    """A lowercase [a-z0-9-] id from a file name; non-ASCII names get a hash.

    >>> slug("000_550b2831fa4cdffc.txt")
    '000-550b2831fa4cdffc'
    >>> slug("报告.txt")[:4]
    'doc-'
    """
    stem = Path(name).stem.lower()
    s = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    if not s or len(s) * 2 < len(stem):
        s = "doc-" + hashlib.sha256(stem.encode("utf-8")).hexdigest()[:12]
    return s


def _issuer(meta: SourceMeta | None) -> str:
    """Publisher with parenthesized detail removed: 国务院（国务院总理李强） -> 国务院."""
    if not meta or not meta.publisher:
        return ""
    return re.split(r"[（(；;]", meta.publisher)[0].strip()


def printed_issuer(article: Article) -> str:
    """Rules metadata_fields and signature_issuer: the issuer the article prints (its 发文机关 field,
    else the first name of its signature block that names a body), as printed; '' when none names a
    body. Read only when no source metadata gives a publisher: it then sets the documents' issuer
    and, through it, the home region.

    >>> art = Article(1, "关于做好某项工作的通知", "正文。", issuer="某某办法起草组；北京市人民政府")
    >>> printed_issuer(art), printed_issuer(Article(1, "", "", issuer="三、保障措施"))
    ('北京市人民政府', '')
    """
    for name in article.issuer.split("；"):
        actor = normalize_actor(name.strip(), "CN")
        if actor is not None and not actor.is_media:
            return name.strip()
    return ""


def parse_article(article: Article, *, document_id: str, source: Source,
                  meta: SourceMeta | None, page_year: int | None = None,
                  on_page: bool = False) -> ParsedDocument:
    """Rows for one article: the document row, its measures, targets and statistics.

    ``page_year`` is the report year of the whole source file, for an article on a page
    that names no year itself; ``on_page``: the source holds other articles too (a page).
    """
    out = ParsedDocument()
    text = article.text  # quotes and offsets: the text as written
    issuer = _issuer(meta) or printed_issuer(article)
    date = iso_date((meta.date if meta else "") or article.date)
    # one reading of the article, built once and handed to every extractor: the half-width view,
    # one report year, the places (regions first: the document's region resolves deixis, 我省),
    # one walk of blocks and sections (extract.context)
    context = build_context(article, issuer=issuer, date=date, given_date=iso_date(meta.date if meta else ""),
                            page_year=page_year, on_page=on_page)
    view, region_id, mentions = context.article, context.region_id, list(context.region_mentions)
    out.region_mentions.update(m.region_id for m in mentions)
    if not any(b.kind == CAPTION_BLOCK for b in article.blocks):
        for caption in article.captions:  # places in captions kept apart are mentioned too
            out.region_mentions.update(m.region_id for m in regions_mod.find_regions(simplified_view(caption),
                                                                                     home_region=region_id))
    # the place a dateline kept apart as the byline names (本报某地3月5日电) is the article's too
    out.region_mentions.update(m.region_id for m in regions_mod.dateline_places(
        simplified_view(article.byline), home_region=region_id, skip_in=simplified_view(text)))
    out.region_mentions[region_id] += 0

    out.documents.append({
        "document_id": document_id, "source_file": source.path.name,
        "source_sha256": source.sha256, "article_index": article.index, "title": article.title,
        "byline": article.byline or None, "attribution": article.attribution or None,
        "captions": "\n".join(article.captions) or None, "issuer": issuer or None,
        "region_id": region_id, "date": date, "url": (meta.url or None) if meta else None,
        "text": text, "char_count": len(text),
    })
    measures = _run_extractor("measures", article, out, [], lambda: extract_measures(
        view, issuer=issuer, region_id=region_id, region_mentions=mentions, context=context))
    out.measures = _measure_rows(measures, text, document_id, region_id)
    stats, targets = _run_extractor("figures", article, out, ([], []), lambda: extract_figures(
        view, report_year=context.report_year, region_id=region_id, region_mentions=mentions, context=context))
    out.targets = _target_rows(targets, text, document_id, region_id, out.measures)
    out.statistics = _statistic_rows(stats, text, document_id, region_id)
    # the rows are read on the article's view (rule traditional_view: the same text as written for a
    # simplified one), and published as written
    read = simplified_view(text)
    if on_page and len(source.text) <= QUOTE_ON_PAGE_MAX_CHARS:
        page = simplified_view(source.text)
        for row in out.targets + out.statistics:
            _quote_on_page(row, page, read)
    for name in ("measures", "targets", "statistics"):
        setattr(out, name, _valid_rows(name, getattr(out, name), out.dropped, read))
    if read != text:  # value_raw was read in the view
        for row in out.targets + out.statistics:
            row["value_raw"] = _as_written(row["value_raw"], text, read, row["char_start"], row["char_end"])
    for row in out.measures + out.targets + out.statistics:
        out.region_mentions[row["region_id"]] += 0
    return out


def _run_extractor(stage: str, article: Article, out: ParsedDocument, empty, extract):
    """``extract()``, or ``empty`` when it raises: the stages raise, the pipeline decides.

    One article an extractor cannot read costs that article's rows of that stage only; the
    problem is kept with the document's other problems, which :func:`combine` logs
    (``policydata build`` refuses to publish while there are any).
    """
    try:
        return extract()
    except Exception as exc:  # the one place that catches a stage's failure, and says it
        message = (f"{stage} skipped for article {article.index} ({article.title[:40]!r}): "
                   f"{type(exc).__name__}: {exc}")
        out.dropped.append(message)  # logged with the document's other problems (combine)
        out.failed_stages.append(stage)
        return empty


_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def iso_date(text: str) -> str | None:
    """An ISO date from 2026-03-05, 2026/3/5 or 2026年3月5日 (time of day ignored), else None.

    >>> iso_date("2026年3月5日 10:20"), iso_date("2018-12-21"), iso_date("")
    ('2026-03-05', '2018-12-21', None)
    """
    m = _DATE.search(text or "")
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_source(source: Source, meta: SourceMeta | None = None) -> ParsedDocument:
    """All rows of one source file (one or more articles)."""
    side_by_side = side_by_side_warning(source.text, str(source.path))
    if side_by_side:  # rule side_by_side_columns: a layout it cannot read is said, not merged silently
        log.warning(side_by_side)
    # rule traditional_view (text.script): a text in traditional characters is laid out from its
    # simplified view, one character for one; its articles keep the characters as written
    view = simplified_view(source.text)
    title_hint = meta.title if meta else ""
    articles = restore_articles(reconstruct_articles(view, title_hint=title_hint, gaps=source.gaps),
                                view, source.text, title_hint=title_hint)
    if not articles:
        raise SourceError(f"{source.path}: no text found")
    if not any(a.text.strip() for a in articles):  # documents.text is required
        raise SourceError(f"{source.path}: no text found below the title {articles[0].title[:40]!r}")
    base = slug(source.path.name)
    page_year = infer_report_year(view, iso_date(meta.date if meta else "") or "")
    out = ParsedDocument()
    for article in articles:
        if not article.text.strip():
            out.dropped.append(f"{source.path}: article {article.index} ({article.title[:40]!r}) "
                               "is a title without text; left out")
            continue
        part = parse_article(article, document_id=f"{base}-a{article.index}", source=source,
                             meta=meta, page_year=page_year, on_page=len(articles) > 1)
        for name in ("documents", "measures", "targets", "statistics", "dropped", "failed_stages"):
            getattr(out, name).extend(getattr(part, name))
        out.region_mentions.update(part.region_mentions)
    out.regions = _named_regions(out.region_mentions)
    return out


def _named_regions(mentions: Counter) -> list[Region]:
    ids = dict.fromkeys(rid for region_id in mentions for rid in (region_id, *regions_mod.ancestors(region_id)))
    return [regions_mod.get_region(rid) for rid in ids]


def _known_in_this_process(regions: list[Region]) -> None:
    """Register the rule-made regions another process (or an earlier run) made; the first wins."""
    for region in regions:
        try:
            regions_mod.get_region(region.region_id)
        except KeyError:
            register_generated(region)


def regions_table(mentions: Counter) -> list[dict]:
    """Rows of the regions table: every region mentioned or referenced, with ancestors."""
    counts: Counter = Counter()
    for region_id, n in mentions.items():
        counts[region_id] += n
        for parent in regions_mod.ancestors(region_id):
            counts[parent] += 0
    rows = []
    for region_id in sorted(counts):
        r = regions_mod.get_region(region_id)
        rows.append({"region_id": r.region_id, "name_zh": r.name_zh, "name_en": r.name_en,
                     "aliases": "|".join(r.short_names) or None, "level": r.level, "parent_id": r.parent_id or None,
                     "kind": r.kind or None, "members": "|".join(r.members) or None,
                     "mentions": counts[region_id]})
    return rows


def table_batches(parsed: Iterable[ParsedDocument]) -> Iterator[dict[str, list[dict]]]:
    """The rows of each parsed document as they come, then the regions table; only the region
    mentions are kept from one document to the next.

    Rows dropped by :func:`_valid_rows` are reported as warnings (logger ``policydata``).
    """
    mentions: Counter = Counter()
    for p in parsed:
        mentions.update(p.region_mentions)
        for message in p.dropped:
            log.warning(message)
        yield {name: getattr(p, name) for name in _ROW_TABLES}
    mentions["CN"] += 0
    yield {"regions": regions_table(mentions)}


def combine(parsed: Iterable[ParsedDocument]) -> dict[str, list[dict]]:
    """Rows of all five tables from parsed documents, taken one at a time (:func:`table_batches`)."""
    return gather(table_batches(parsed))


def gather(batches: Iterable[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """The rows of the batches, table by table: documents, measures, targets, statistics, regions."""
    tables: dict[str, list[dict]] = {name: [] for name in (*_ROW_TABLES, "regions")}
    for batch in batches:
        for name, rows in batch.items():
            tables[name].extend(rows)
    return tables


def _check_distinct_names(paths: list[Path]) -> None:
    """Refuse, before any parsing, two files whose names give one id stem (a/报告.txt, b/报告.txt;
    news.txt, news.html): naming both files, so that a large run does not fail hours in."""
    first: dict[str, Path] = {}
    for path in paths:
        stem = slug(Path(path).name)
        if stem in first:
            if Path(first[stem]).resolve() == Path(path).resolve():
                raise SourceError(f"{path}: given twice (also as {first[stem]})")
            raise SourceError(f"{first[stem]} and {path} give the same document id {stem}-a1 "
                              "(ids come from file names); rename one of them")
        first[stem] = path


def _unique_ids(parsed: Iterable[ParsedDocument]) -> Iterator[ParsedDocument]:
    """The parsed documents, checked as they pass for a document id given twice (a set)."""
    seen: set[str] = set()
    for p in parsed:
        for d in p.documents:
            if d["document_id"] in seen:
                raise SourceError(f"two files give the same document id {d['document_id']}; rename one of them")
            seen.add(d["document_id"])
        yield p


def stream_files(paths: Iterable[Path], metadata: dict[str, SourceMeta] | None = None,
                 progress=None, *, jobs: int = 1, cache: Path | None = None,
                 engine: str = "processes", scheduler: str | None = None) -> Iterator[dict[str, list[dict]]]:
    """The rows of the given files a document at a time (:func:`table_batches`), ids checked.

    Documents are parsed in order in this process (``jobs=1``), in ``jobs`` worker processes,
    or on Dask (``engine="dask"``, see :func:`policydata.parallel.ordered_map`), and taken one
    at a time as they come back: a writer that takes each batch as it comes
    (:func:`policydata.datapackage.package.write_package`) holds one document's rows at a time.
    ``cache`` is a folder of parsed rows by document (:func:`cache_key`): a document whose path,
    bytes, metadata and parser are unchanged is not parsed again. ``progress`` wraps the
    iteration over parsed documents and is called as ``progress(iterator, total=n)``.
    """
    paths = list(paths)
    _check_distinct_names(paths)
    documents = _parsed_documents(paths, metadata or {}, jobs=jobs, cache=cache, engine=engine,
                                 scheduler=scheduler)
    if progress:
        documents = progress(documents, total=len(paths))
    return table_batches(_unique_ids(documents))


def parse_files(paths: Iterable[Path], metadata: dict[str, SourceMeta] | None = None,
                progress=None, *, jobs: int = 1, cache: Path | None = None,
                engine: str = "processes", scheduler: str | None = None) -> dict[str, list[dict]]:
    """Rows of the five tables for the given files, the same for any ``jobs`` and ``engine``
    (the batches of :func:`stream_files`, gathered)."""
    return gather(stream_files(paths, metadata, progress, jobs=jobs, cache=cache, engine=engine,
                               scheduler=scheduler))


@functools.lru_cache(maxsize=None)
def parser_version() -> str:
    """A hash of this package's code and lexicons (not its published data): a cached row is
    reused only by the very parser that made it."""
    return fingerprint_folder(Path(__file__).resolve().parent, skip=frozenset({"data"}))


def cache_key(path: Path, meta: SourceMeta | None) -> str | None:
    """What a document's rows depend on: its path, bytes and metadata, and the parser.

    The path counts, not only the name (ids come from the name, warnings name the path); it is
    resolved, so ``docs/a.txt`` and ``./docs/a.txt`` share an entry. None for a file that
    cannot be read (parsing it says why).
    """
    try:
        file_digest = sha256_file(Path(path))
    except OSError:
        return None
    digest = hashlib.sha256()
    for part in (parser_version(), str(Path(path).resolve()), file_digest,
                 json.dumps(dataclasses.asdict(meta) if meta else None, ensure_ascii=False, sort_keys=True)):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


@dataclass
class ParsedFile:
    """One file's rows with the warnings logged while it was parsed, and where they came from:
    the process that parsed them (``pid``), or the cache (``from_cache``)."""

    parsed: ParsedDocument
    logged: list[str]
    pid: int
    from_cache: bool = False

    @property
    def parsed_elsewhere(self) -> bool:
        """Read from the cache or parsed by another process: its warnings were not logged here,
        nor its regions made known to this process."""
        return self.from_cache or self.pid != os.getpid()


class _SameThreadWarnings(logging.Handler):
    """Warnings of the ``policydata`` logger from this thread of this process."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread, self.pid, self.messages = threading.get_ident(), os.getpid(), []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and record.process == self.pid:
            self.messages.append(record.getMessage())


def parse_file(item: tuple[Path, SourceMeta | None]) -> ParsedFile:
    """Read and parse one file (what a worker does), keeping the warnings it logs."""
    path, meta = item
    handler = _SameThreadWarnings()
    log.addHandler(handler)
    try:
        parsed = parse_source(read_source(path), meta)
    finally:
        log.removeHandler(handler)
    return ParsedFile(parsed, handler.messages, os.getpid())


_ROW_TABLES = ("documents", "measures", "targets", "statistics")


def _to_entry(key: str, done: ParsedFile) -> dict:
    p = done.parsed
    return {"key": key, **{name: getattr(p, name) for name in _ROW_TABLES},
            "region_mentions": list(p.region_mentions.items()), "dropped": p.dropped,
            "regions": [dataclasses.asdict(r) for r in p.regions], "logged": done.logged}


def _from_entry(key: str, entry: dict | None) -> ParsedFile | None:
    """The cached rows of a document, or None when the entry is missing, stale or damaged."""
    try:
        if entry is None or entry["key"] != key:
            return None
        parsed = ParsedDocument(**{name: list(entry[name]) for name in _ROW_TABLES},
                                region_mentions=Counter(dict(entry["region_mentions"])),
                                dropped=list(entry["dropped"]),
                                regions=[Region(**{**r, "short_names": tuple(r["short_names"]),
                                                   "members": tuple(r["members"])}) for r in entry["regions"]])
        if not all(isinstance(r, dict) for name in _ROW_TABLES for r in getattr(parsed, name)):
            return None
        return ParsedFile(parsed, list(entry["logged"]), pid=os.getpid(), from_cache=True)
    except (KeyError, TypeError, ValueError):
        return None


def _parsed_documents(paths: list[Path], metadata: dict[str, SourceMeta], *, jobs: int,
                      cache: Path | None, engine: str, scheduler: str | None) -> Iterator[ParsedDocument]:
    """Each file's rows in the order of ``paths``: from the cache, else parsed by the engine.

    Warnings a worker logged are logged again here (in this process they were logged as they
    happened), and so are those kept with a cached entry: ``build`` refuses to publish either way.
    """
    items = [(p, metadata.get(p.name)) for p in paths]
    store = None
    if cache is not None:
        store = EntryCache(Path(cache) / "parsed" / parser_version()[:16])
        store.folder.mkdir(parents=True, exist_ok=True)
        prune_versions(store.folder.parent, store.folder.name)
    keys = [cache_key(p, m) for p, m in items] if store is not None else [None] * len(items)
    cached = [key is not None and key in store for key in keys]
    fresh = ordered_map(parse_file, [item for item, hit in zip(items, cached) if not hit],
                        jobs=jobs, engine=engine, scheduler=scheduler, n_items=cached.count(False))
    for item, key, hit in zip(items, keys, cached):
        done = _from_entry(key, store.get(key)) if hit else next(fresh)
        if done is None:  # an entry that cannot be read: parsed here, written again
            done = parse_file(item)
        # a failed stage need not be the document's (a lexicon edited during the run): not kept
        if key is not None and not done.from_cache and not done.parsed.failed_stages:
            store.put(key, _to_entry(key, done))
        if done.parsed_elsewhere:
            _known_in_this_process(done.parsed.regions)
            for message in done.logged:
                log.warning(message)
        yield done.parsed


def parse_text(text: str, *, name: str = "text.txt", date: str = "", title: str = "",
               publisher: str = "") -> dict[str, list[dict]]:
    """Rows of the five tables for one text given as a string."""
    raw = text.encode("utf-8")
    source = Source(Path(name), hashlib.sha256(raw).hexdigest(), "utf-8",
                    *prepare_text_and_gaps(text, Path(name).suffix))
    meta = SourceMeta(file=name, title=title, publisher=publisher, date=date)
    return combine([parse_source(source, meta)])
