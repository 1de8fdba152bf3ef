"""Regions: Chinese administrative divisions (GB/T 2260), functional regions, and their mentions in text.

Modules, in the order a text goes through them:

* ``gazetteer`` – regions by id, their names and hierarchy (get_region, ancestors, province_of);
* ``matching`` – gazetteer names at a text position and the word tests around them;
* ``context`` – what a document is about, and choosing among divisions sharing a name;
* ``scan`` – the longest-match name scan and the rules that accept a name;
* ``composites`` – regions named by rule from other names (福厦泉, 济南都市圈, 郑州航空港区);
* ``townships`` – townships and villages in county context;
* ``find`` – the entry points: find_regions, region_for_actor, document_region, article_places,
  dateline_places.
"""
from .find import article_places, dateline_places, document_region, find_regions, region_for_actor
from .gazetteer import COUNTRY, Region, RegionMention, ancestors, get_region, province_of, with_ancestors

__all__ = [
    "COUNTRY", "Region", "RegionMention", "ancestors", "article_places", "dateline_places", "document_region", "find_regions", "get_region",
    "province_of", "region_for_actor", "with_ancestors",
]
