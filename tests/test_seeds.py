"""Acceptance on the five real seeds: what an editor expects from each article."""

from collections import Counter

import pytest

from akhbar.text import fold


def test_000_abna_larijani(seed_articles):
    a = seed_articles["000"]
    assert (a.lang, a.date, a.date_origin, a.source) == ("fa", "2025-11-27", "header", "abna")
    assert {"ali-larijani", "pakistan", "iran"} <= set(a.actors)
    assert {"islamic-unity", "trade-economy", "security"} <= {t.slug for t in a.topics}
    assert any(f.value == 10_000_000_000 and f.unit == "USD" for f in a.figures)
    assert "ابنا" not in a.title
    assert "به گزارش" not in a.title


def test_001_irib_speaker_statement(seed_articles):
    a = seed_articles["001"]
    assert (a.date, a.source) == ("2025-11-25", "irib")
    assert {"ayaz-sadiq", "ali-larijani", "saudi-arabia"} <= set(a.actors)
    # The title carries the Speaker's statement about common challenges.
    assert a.title_origin == "lead"
    assert a.title.startswith("ایاز صادق:")
    assert "چالش" in a.title
    assert "مشترک" in a.title
    assert len(a.title) <= 100


def test_002_undated_vefagh_headline(seed_articles):
    a = seed_articles["002"]
    assert a.date is None
    assert a.date_origin == "unknown"
    assert any("date unknown" in w for w in a.warnings)  # flagged
    assert a.source == "al-vefagh"
    assert a.title == "التعاون بين إيران وباكستان يسهم في إرساء السلام الإقليمي"
    assert a.kicker.startswith("لاريجاني، مُؤكّداً")
    assert {"ali-larijani", "ishaq-dar"} <= set(a.actors)
    assert "الوفاق" not in " ".join(a.paragraphs())  # the source line is not body text


def test_003_iran_press_explicit_key_points(seed_articles):
    a = seed_articles["003"]
    assert a.source == "iran-press"
    assert a.byline == "manouchehr mahdavi"
    assert a.key_points_origin == "explicit"
    assert a.key_points == (
        "لاريجاني: العلاقات الإيرانية الباكستانية قابلة للتحول إلى شراكة استراتيجية",
        "إشادة باتفاق باكستان والسعودية لمواجهة التهديدات المشتركة",
        "تأكيد على ضرورة التعاون الأمني والدفاعي والسياسي والاقتصادي",
        "تقدير لموقف باكستان خلال الحرب الصهيونية ضد إيران",
        "دعوة لتعزيز التنسيق السياسي والدبلوماسي والتبادل التجاري",
    )
    assert "mohsin-naqvi" in a.actors
    assert [s.heading for s in a.sections if s.heading] == [
        "أهمية الخبر",
        "الصورة العامة",
        "النقاط الرئيسية",
        "نظرة أعمق",
    ]


def test_004_mehr_embassy_meeting(seed_articles):
    a = seed_articles["004"]
    assert (a.date, a.source) == ("2025-08-22", "mehr")
    assert {"mohammad-ali-amani", "muhammad-mudassir-tipu", "islamic-coalition-party"} <= set(
        a.actors
    )


def test_larijani_is_one_actor_across_scripts(seed_articles):
    counts = Counter(slug for a in seed_articles.values() for slug in set(a.actors))
    assert counts["ali-larijani"] == 4
    with_larijani = sorted(k for k, a in seed_articles.items() if "ali-larijani" in a.actors)
    assert with_larijani == ["000", "001", "002", "003"]


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_key_points_are_three_to_five_in_the_article_language(seed_articles, key):
    a = seed_articles[key]
    assert 3 <= len(a.key_points) <= 5
    for point in a.key_points:
        assert "به گزارش" not in point
        assert "إيران برس -" not in point
    # the points are the article's own sentences (or its explicit list), in reading order
    text = fold(" ".join(a.paragraphs()))
    positions = [text.find(fold(p.rstrip("…"))[:40]) for p in a.key_points]
    assert all(pos >= 0 for pos in positions), positions
    assert positions == sorted(positions)


def test_slugs_are_unique_and_readable(seed_articles):
    slugs = [a.slug for a in seed_articles.values()]
    assert len(set(slugs)) == len(slugs)
    assert all("/" not in s and ".." not in s and s for s in slugs)
