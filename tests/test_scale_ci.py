"""The publishing workflow keeps .cache/ between runs, under a key that names the settings."""
from __future__ import annotations

import yaml

from sitebuild import ROOT

SETTINGS = ("requirements.txt", "hooks/campaignsite/images/**", "hooks/campaignsite/fonts/**")


def steps():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    return workflow["jobs"]["test-and-build"]["steps"]


def position(predicate) -> int:
    return next(index for index, step in enumerate(steps()) if predicate(step))


def test_the_cache_is_restored_before_any_build_and_saved_after_the_tests():
    restore = position(lambda s: s.get("uses", "").startswith("actions/cache/restore@"))
    save = position(lambda s: s.get("uses", "").startswith("actions/cache/save@"))
    tests = position(lambda s: s.get("run") == "make test")
    release = position(lambda s: "make release" in s.get("run", ""))
    assert restore < tests < save < release
    for index in (restore, save):
        assert ".cache" in steps()[index]["with"]["path"].split()


def test_the_key_names_the_settings_and_only_their_caches_are_restored():
    settings = steps()[position(lambda s: s.get("id") == "cache-settings")]["run"]
    assert all(f"'{pattern}'" in settings for pattern in SETTINGS), settings
    restore = steps()[position(lambda s: s.get("uses", "").startswith("actions/cache/restore@"))]["with"]
    save = steps()[position(lambda s: s.get("uses", "").startswith("actions/cache/save@"))]["with"]
    prefix = "${{ steps.cache-settings.outputs.prefix }}"
    assert restore["restore-keys"].strip() == prefix  # never a cache of other settings
    assert restore["key"] == save["key"] == prefix + "${{ github.run_id }}"
