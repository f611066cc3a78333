import pytest

from akhbar.errors import OverrideError
from akhbar.model import Article, TopicScore
from akhbar.overrides import apply_override, parse_override


@pytest.mark.parametrize(
    ("yaml_text", "key", "message"),
    [
        ("title: [unclosed", "", "invalid YAML"),  # bad YAML
        ("colour: red", "colour", "unknown key"),  # unknown key
        ("title: 42", "title", "non-empty string"),  # wrong type
        ("date: yesterday", "date", "YYYY-MM-DD"),  # not a date
        ("date: 2025-13-45", "date", "YYYY-MM-DD"),  # impossible date
        ("slug: ../../etc/passwd", "slug", "not a slug"),  # path traversal
        ("slug: a/b", "slug", "not a slug"),  # a folder separator
        ("key_points: just one string", "key_points", "list of strings"),  # wrong type
        ("key_points: [a, b, c, d, e, f, g, h]", "key_points", "1 to 7"),  # too many
        ("- a list", "", "mapping"),  # not a mapping
    ],
)
def test_bad_overrides_name_the_file_and_key(yaml_text, key, message):
    with pytest.raises(OverrideError) as info:
        parse_override(yaml_text.encode(), "seeds/x.yml")
    assert info.value.key == key
    assert "seeds/x.yml" in str(info.value)
    assert message in str(info.value)


def test_override_wins_over_extraction():
    article = Article(
        slug="s",
        source_file="seeds/x.txt",
        lang="fa",
        title="old",
        date=None,
        actors=("ali-larijani", "iran"),
        topics=(TopicScore("security", 0.5),),
    )
    override = parse_override(
        "title: 'ظریف: «گفت‌وگو» ادامه دارد'\ndate: 2025-11-27\nactors_add: [pakistan]\n"
        "actors_remove: [iran]\ntopics: [diplomacy]\nkey_points: [یک, دو, سه]\n".encode(),
        "seeds/x.yml",
    )
    result = apply_override(article, override)
    assert result.title == "ظریف: «گفت‌وگو» ادامه دارد"
    assert (result.title_origin, result.date, result.date_origin) == (
        "override",
        "2025-11-27",
        "override",
    )
    assert result.actors == ("ali-larijani", "pakistan")
    assert result.topics == (TopicScore("diplomacy", 1.0),)
    assert result.key_points == ("یک", "دو", "سه")
    assert result.key_points_origin == "override"
