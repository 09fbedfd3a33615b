"""Regions load from the packaged YAML and resolve by name or slug, case-insensitively."""
import pytest

from aftershock.gazetteer import UnknownRegionError, load_regions, resolve_region


def test_packaged_regions_have_iso3_countries_and_unique_slugs():
    regions = load_regions()
    assert {"korean-peninsula", "northeast-asia", "latin-america", "sahel", "gulf"} <= set(regions)
    for slug, region in regions.items():
        assert region.slug == slug
        assert region.countries and all(
            len(code) == 3 and code.isupper() for code in region.countries
        )
    assert set(regions["korean-peninsula"].countries) == {"PRK", "KOR"}


@pytest.mark.parametrize("spelling", ["Korean Peninsula", "korean-peninsula", "KOREAN PENINSULA",
                                      " korean peninsula "])
def test_resolve_accepts_name_or_slug_in_any_case(spelling):
    assert resolve_region(spelling).slug == "korean-peninsula"


def test_unknown_region_error_names_the_request_and_known_regions():
    with pytest.raises(UnknownRegionError) as raised:
        resolve_region("Atlantis")
    message = str(raised.value)
    assert "'Atlantis'" in message and "korean-peninsula" in message


def test_custom_regions_file(tmp_path):
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n  - name: Test Strait\n    countries: [twn, chn]\n")
    regions = load_regions(path)
    assert regions["test-strait"].countries == ("TWN", "CHN")
